package tiku.render.kahoot;

import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tiku.render.CellText;

/**
 * Kahoot's quiz spreadsheet in the layout of its "Kahoot! Quiz Template": a header area (title and
 * notes in column B), the column headings on row 8, then one question a row from row 9 — number,
 * question, answers 1–4, time limit, correct answer(s) in columns A–H.
 */
final class KahootSheet {
  /** Row 8 of the template, 0-based. */
  static final int HEADING_ROW = 7;

  static final List<String> HEADINGS =
      List.of(
          "",
          "Question - max 120 characters",
          "Answer 1 - max 75 characters",
          "Answer 2 - max 75 characters",
          "Answer 3 - max 75 characters",
          "Answer 4 - max 75 characters",
          "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
          "Correct answer(s) - choose at least one");

  private static final int[] WIDTHS = {5, 60, 30, 30, 30, 30, 16, 16};

  private final XSSFWorkbook wb = new XSSFWorkbook();
  private final XSSFSheet sheet = wb.createSheet("Sheet1");
  private final CellStyle text;
  private final CellStyle formulaLike;
  private final CellStyle heading;

  KahootSheet() {
    text = wb.createCellStyle();
    text.setWrapText(true);
    text.setVerticalAlignment(VerticalAlignment.TOP);
    // Excel's own mark for "this is text": the value keeps its first character, and editing the
    // cell or saving as CSV does not turn "=1+1" into a formula
    formulaLike = wb.createCellStyle();
    formulaLike.cloneStyleFrom(text);
    formulaLike.setQuotePrefixed(true);
    heading = wb.createCellStyle();
    heading.cloneStyleFrom(text);
    Font bold = wb.createFont();
    bold.setBold(true);
    heading.setFont(bold);
    for (int c = 0; c < WIDTHS.length; c++) {
      sheet.setColumnWidth(c, WIDTHS[c] * 256);
    }
  }

  /** Fills the sheet: {@code notes} go under the title in the header area (at most five lines). */
  XSSFWorkbook build(String title, List<String> notes, List<KahootRow> rows) {
    text(row(1), 1, title, heading);
    for (int i = 0; i < notes.size() && i < HEADING_ROW - 3; i++) {
      text(row(2 + i), 1, notes.get(i), text);
    }
    XSSFRow head = row(HEADING_ROW);
    for (int c = 0; c < HEADINGS.size(); c++) {
      if (!HEADINGS.get(c).isEmpty()) {
        text(head, c, HEADINGS.get(c), heading);
      }
    }
    int r = HEADING_ROW + 1;
    for (KahootRow k : rows) {
      XSSFRow row = row(r);
      row.createCell(0).setCellValue(r - HEADING_ROW);
      text(row, 1, k.question(), text);
      for (int a = 0; a < KahootLimits.MAX_ANSWERS; a++) {
        if (a < k.answers().size()) {
          text(row, 2 + a, k.answers().get(a), text);
        }
      }
      row.createCell(6).setCellValue(k.timeLimit());
      if (k.correct().size() == 1) {
        row.createCell(7).setCellValue(k.correct().get(0));
      } else {
        // several correct answers: "1,3", as the template asks
        text(row, 7, String.join(",", k.correct().stream().map(String::valueOf).toList()), text);
      }
      r++;
    }
    return wb;
  }

  private XSSFRow row(int index) {
    XSSFRow row = sheet.getRow(index);
    return row != null ? row : sheet.createRow(index);
  }

  /** A string cell: POI writes it as a shared string, never as a formula. */
  private void text(XSSFRow row, int col, String value, CellStyle style) {
    XSSFCell cell = row.createCell(col);
    cell.setCellValue(value);
    cell.setCellStyle(CellText.looksLikeFormula(value) ? formulaLike : style);
  }
}
