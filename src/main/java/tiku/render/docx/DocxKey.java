package tiku.render.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import tiku.model.Answer;
import tiku.model.Question;
import tiku.model.QuestionSource;
import tiku.render.DisplayWidth;
import tiku.render.KeyAnswer;
import tiku.render.Labels;
import tiku.render.WorksheetSection;

/**
 * The answer key, laid out as the PDF key: for each section a table of number, answer (as the
 * student writes it: ○/×, a letter, the blank's words, letters) and explanation with the source
 * clause and quote the answer comes from.
 */
final class DocxKey {
  private static final int NUMBER_WIDTH = 800;

  private final DocxBlocks blocks;
  private final Labels labels;
  private final DocxPage page;

  DocxKey(DocxBlocks blocks, Labels labels, DocxPage page) {
    this.blocks = blocks;
    this.labels = labels;
    this.page = page;
  }

  void write(String title, List<WorksheetSection> sections) {
    blocks.paragraph(DocxStyles.HEADING1, title);
    int n = 1;
    for (WorksheetSection s : sections) {
      blocks.paragraph(
          DocxStyles.HEADING2, labels.format("key.heading", labels.get("numeral." + n++), labels.type(s.type())));
      table(s);
    }
  }

  private void table(WorksheetSection s) {
    List<String> answers = s.questions().stream().map(q -> KeyAnswer.of(q, labels)).toList();
    int widest = answers.stream().mapToInt(DisplayWidth::of).max().orElse(4);
    int total = page.textWidth();
    // the answer column is as wide as this section's answers need, within reason
    int answerWidth = Math.max(1400, Math.min(total * 45 / 100, widest * OptionLayout.TWIPS_PER_COLUMN + 300));
    int[] widths = {NUMBER_WIDTH, answerWidth, total - NUMBER_WIDTH - answerWidth};

    XWPFTable t = blocks.doc().createTable(s.questions().size() + 1, 3);
    t.setStyleID(DocxStyles.KEY_TABLE);
    CTTblPr tp = t.getCTTbl().getTblPr();
    if (tp.isSetTblBorders()) {
      tp.unsetTblBorders(); // POI's default grid would override the style
    }
    CTTblWidth tw = tp.isSetTblW() ? tp.getTblW() : tp.addNewTblW();
    tw.setW(BigInteger.valueOf(total));
    tw.setType(STTblWidth.DXA);
    var grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
    for (int c = 0; c < 3; c++) {
      var col = c < grid.sizeOfGridColArray() ? grid.getGridColArray(c) : grid.addNewGridCol();
      col.setW(BigInteger.valueOf(widths[c]));
    }
    XWPFTableRow head = t.getRow(0);
    head.setRepeatHeader(true);
    String[] heads = {labels.get("key.number"), labels.get("key.answer"), labels.get("key.explanation")};
    for (int c = 0; c < 3; c++) {
      XWPFTableCell cell = head.getCell(c);
      cell.setWidth(String.valueOf(widths[c]));
      cell.getParagraphs().get(0).setStyle(DocxStyles.KEY_TEXT);
      DocxBlocks.bold(cell.getParagraphs().get(0), heads[c]);
      DocxBlocks.keepWithNext(cell.getParagraphs().get(0));
    }
    for (int i = 0; i < s.questions().size(); i++) {
      Question q = s.questions().get(i);
      XWPFTableRow row = t.getRow(i + 1);
      row.setCantSplitRow(true);
      XWPFTableCell num = row.getCell(0);
      num.setWidth(String.valueOf(widths[0]));
      num.getParagraphs().get(0).setStyle(DocxStyles.KEY_TEXT);
      DocxBlocks.text(num.getParagraphs().get(0), String.valueOf(s.firstNumber() + i));
      XWPFTableCell ans = row.getCell(1);
      ans.setWidth(String.valueOf(widths[1]));
      ans.getParagraphs().get(0).setStyle(DocxStyles.KEY_TEXT);
      DocxBlocks.bold(ans.getParagraphs().get(0), answers.get(i));
      XWPFTableCell why = row.getCell(2);
      why.setWidth(String.valueOf(widths[2]));
      XWPFParagraph first = why.getParagraphs().get(0);
      first.setStyle(DocxStyles.KEY_TEXT);
      boolean any = false;
      if (q.answer() instanceof Answer.Pairs p) {
        DocxBlocks.text(first, spelledOut(p));
        any = true;
      }
      if (q.explanation() != null && !q.explanation().isBlank()) {
        XWPFParagraph p = any ? why.addParagraph() : first;
        p.setStyle(DocxStyles.KEY_TEXT);
        DocxBlocks.text(p, q.explanation());
        any = true;
      }
      XWPFParagraph src = any ? why.addParagraph() : first;
      src.setStyle(DocxStyles.KEY_DETAIL);
      DocxBlocks.text(src, source(q.source()));
    }
    blocks.paragraph(DocxStyles.OPTIONS, null); // air after the table
  }

  /** 出處：第25條「…」 or 出處：原文「…」. */
  private String source(QuestionSource s) {
    String where = labels.clause(s);
    String quote = s == null || s.quote() == null ? "" : labels.format("key.quote", s.quote());
    return labels.get("source") + labels.get("fields.colon") + where + quote;
  }

  /** Matching pairs written out in words: UKVFTA—英越自由貿易協定；… */
  private String spelledOut(Answer.Pairs p) {
    return String.join(
        labels.get("key.join"), p.pairs().stream().map(x -> labels.format("key.pair", x.left(), x.right())).toList());
  }
}
