package tiku.render.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tiku.model.Difficulty;
import tiku.model.Pillar;
import tiku.model.Question;
import tiku.model.QuestionBank;
import tiku.model.QuestionType;
import tiku.model.Status;
import tiku.render.DisplayWidth;
import tiku.render.OoxmlFiles;
import tiku.render.RenderJob;
import tiku.render.Renderer;

/**
 * The question bank as a spreadsheet for review ({@code <deck>-bank.xlsx}): one row per question
 * with every field, a frozen header with filters, drop-downs for type, difficulty and status, and
 * every cell stored as text, so {@code =…} in a stem is never a formula. {@code tiku import} reads
 * the edited sheet back (see {@link BankSheet} for the layout).
 */
public final class XlsxBankRenderer implements Renderer {
  /** Rows below the questions that still get drop-downs, for questions a teacher adds. */
  private static final int SPARE_ROWS = 200;

  @Override
  public String format() {
    return "xlsx";
  }

  @Override
  public List<Path> render(RenderJob job) throws IOException {
    Path out = job.outDir().resolve(job.baseName() + "-bank.xlsx");
    try (XSSFWorkbook wb = workbook(job.bank(), job.questions())) {
      OoxmlFiles.write(wb, out, job.bank().source().title(), job.bank().source().date());
    }
    return List.of(out);
  }

  /** The workbook for these questions of {@code bank}; public so tests can build one in memory. */
  public static XSSFWorkbook workbook(QuestionBank bank, List<Question> questions) {
    XSSFWorkbook wb = new XSSFWorkbook();
    int optionColumns = BankSheet.MIN_OPTION_COLUMNS;
    for (Question q : questions) {
      optionColumns = Math.max(optionColumns, q.options().size());
    }
    List<String> headers = BankSheet.headers(optionColumns);
    CellStyle text = textStyle(wb, false);
    CellStyle head = textStyle(wb, true);

    XSSFSheet sheet = wb.createSheet(BankSheet.SHEET);
    int[] widths = new int[headers.size()];
    XSSFRow hr = sheet.createRow(0);
    for (int c = 0; c < headers.size(); c++) {
      cell(hr, c, headers.get(c), head);
      widths[c] = DisplayWidth.of(headers.get(c)) + 4; // room for the filter button
    }
    int r = 1;
    for (Question q : questions) {
      List<String> values = row(q, optionColumns);
      XSSFRow row = sheet.createRow(r++);
      for (int c = 0; c < values.size(); c++) {
        cell(row, c, values.get(c), text);
        for (String line : values.get(c).split("\n", -1)) {
          widths[c] = Math.max(widths[c], DisplayWidth.of(line) + 2);
        }
      }
    }
    for (int c = 0; c < headers.size(); c++) {
      // a CJK character is two columns wide; long text wraps instead of widening without end
      int max = headers.get(c).equals(BankSheet.STEM) || headers.get(c).equals(BankSheet.QUOTE) ? 60 : 36;
      sheet.setColumnWidth(c, Math.min(max, Math.max(8, widths[c])) * 256);
      sheet.setDefaultColumnStyle(c, text);
    }
    sheet.createFreezePane(0, 1);
    // printed: landscape, with the header row on every page
    sheet.getPrintSetup().setLandscape(true);
    sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
    sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, r - 1), 0, headers.size() - 1));
    int lastRow = r - 1 + SPARE_ROWS;
    dropDown(sheet, headers.indexOf(BankSheet.TYPE), lastRow, ids(QuestionType.values()));
    dropDown(sheet, headers.indexOf(BankSheet.DIFFICULTY), lastRow, ids(Difficulty.values()));
    dropDown(sheet, headers.indexOf(BankSheet.STATUS), lastRow, ids(Status.values()));
    pillars(wb, bank, text, head);
    return wb;
  }

  /** The cells of one question, in header order. */
  static List<String> row(Question q, int optionColumns) {
    List<String> v = new ArrayList<>();
    v.add(q.id());
    v.add(q.type().id());
    v.add(nz(q.family()));
    v.add(q.stem());
    for (int i = 0; i < optionColumns; i++) {
      v.add(i < q.options().size() ? q.options().get(i) : "");
    }
    v.add(BankSheet.answerText(q.answer(), q.options()));
    v.add(nz(q.explanation()));
    v.add(q.difficulty().id());
    v.add(q.pillar() == null ? "" : String.valueOf(q.pillar()));
    v.add(String.join("\n", q.tags()));
    v.add(q.source() == null || q.source().clause() == null ? "" : String.valueOf(q.source().clause()));
    v.add(q.source() == null ? "" : nz(q.source().label()));
    v.add(q.source() == null ? "" : nz(q.source().quote()));
    v.add(q.status().id());
    return v;
  }

  /** A second sheet naming the document's pillars, so the pillar numbers mean something. */
  private static void pillars(XSSFWorkbook wb, QuestionBank bank, CellStyle text, CellStyle head) {
    XSSFSheet s = wb.createSheet(BankSheet.PILLARS_SHEET);
    XSSFRow hr = s.createRow(0);
    cell(hr, 0, BankSheet.PILLAR, head);
    cell(hr, 1, "label", head);
    cell(hr, 2, "heading", head);
    int r = 1;
    int widest = 20;
    for (Pillar p : bank.source().pillars()) {
      XSSFRow row = s.createRow(r++);
      cell(row, 0, String.valueOf(p.number()), text);
      cell(row, 1, p.label(), text);
      cell(row, 2, p.heading(), text);
      widest = Math.max(widest, DisplayWidth.of(p.heading()) + 2);
    }
    s.setColumnWidth(0, 10 * 256);
    s.setColumnWidth(1, 10 * 256);
    s.setColumnWidth(2, Math.min(80, widest) * 256);
    s.createFreezePane(0, 1);
  }

  private static void dropDown(XSSFSheet sheet, int column, int lastRow, String[] values) {
    DataValidationHelper h = sheet.getDataValidationHelper();
    DataValidation v =
        h.createValidation(
            h.createExplicitListConstraint(values), new CellRangeAddressList(1, lastRow, column, column));
    v.setShowErrorBox(true);
    v.setEmptyCellAllowed(true);
    v.createErrorBox("Tiku", "Choose one of: " + String.join(", ", values));
    sheet.addValidationData(v);
  }

  private static String[] ids(Enum<?>[] values) {
    String[] out = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      Enum<?> e = values[i];
      out[i] =
          e instanceof QuestionType t ? t.id() : e instanceof Difficulty d ? d.id() : ((Status) e).id();
    }
    return out;
  }

  /** Text, wrapped, top-aligned, and quote-prefixed: Excel keeps it text even when edited. */
  private static CellStyle textStyle(XSSFWorkbook wb, boolean header) {
    CellStyle s = wb.createCellStyle();
    s.setDataFormat(wb.createDataFormat().getFormat("@"));
    s.setQuotePrefixed(true);
    s.setWrapText(true);
    s.setVerticalAlignment(VerticalAlignment.TOP);
    if (header) {
      XSSFFont f = wb.createFont();
      f.setBold(true);
      s.setFont(f);
      s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      s.setBorderBottom(BorderStyle.THIN);
    }
    return s;
  }

  private static void cell(XSSFRow row, int c, String value, CellStyle style) {
    XSSFCell cell = row.createCell(c);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
