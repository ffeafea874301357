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
import tiku.model.ClozeStem;
import tiku.model.Question;
import tiku.model.QuestionType;
import tiku.render.DisplayWidth;
import tiku.render.Labels;
import tiku.render.OptionLetters;
import tiku.render.WorksheetSection;

/**
 * The student's pages: title, source and date, the 班級/座號/姓名/得分 line, instructions, then
 * one headed section per question type with its numbered questions.
 */
final class DocxWorksheet {
  private final DocxBlocks blocks;
  private final Labels labels;
  private final DocxNumbering numbering;
  private final DocxPage page;

  DocxWorksheet(DocxBlocks blocks, Labels labels, DocxNumbering numbering, DocxPage page) {
    this.blocks = blocks;
    this.labels = labels;
    this.numbering = numbering;
    this.page = page;
  }

  void write(String title, String sourceLine, List<WorksheetSection> sections) {
    blocks.paragraph(DocxStyles.HEADING1, title);
    if (!sourceLine.isEmpty()) {
      blocks.paragraph(DocxStyles.SUBTITLE, sourceLine);
    }
    fields();
    instructions(sections);
    int n = 1;
    for (WorksheetSection s : sections) {
      section(n++, s);
    }
  }

  /** 「本卷共 6 題，滿分 17 分。」 and one line for each kind of question on the sheet. */
  private void instructions(List<WorksheetSection> sections) {
    int count = sections.stream().mapToInt(s -> s.questions().size()).sum();
    int total = sections.stream().mapToInt(WorksheetSection::total).sum();
    // consecutive paragraphs with the same borders print as one box
    blocks.paragraph(DocxStyles.INSTRUCTIONS, labels.format("instructions", count, total));
    for (WorksheetSection s : sections) {
      blocks.paragraph(DocxStyles.INSTRUCTIONS, labels.get("instructions." + s.type().id()));
    }
  }

  /** 班級：＿＿ 座號：＿＿ 姓名：＿＿＿＿ 得分：＿＿, each line an underlined tab to a tab stop. */
  private void fields() {
    XWPFParagraph p = blocks.paragraph(DocxStyles.FIELDS, null);
    String[] keys = {"fields.class", "fields.seat", "fields.name", "fields.score"};
    int[] share = {22, 18, 36, 24}; // percent of the line: the name needs the most room
    int width = page.textWidth();
    List<Integer> stops = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < keys.length; i++) {
      at += width * share[i] / 100;
      stops.add(i == keys.length - 1 ? width : at - 240);
      if (i < keys.length - 1) {
        stops.add(at);
      }
    }
    DocxBlocks.tabStops(p, stops.stream().mapToInt(Integer::intValue).toArray());
    for (int i = 0; i < keys.length; i++) {
      DocxBlocks.text(p, labels.get(keys[i]) + labels.get("fields.colon"));
      var line = p.createRun();
      line.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
      line.addTab();
      if (i < keys.length - 1) {
        DocxBlocks.tab(p);
      }
    }
  }

  private void section(int number, WorksheetSection s) {
    XWPFParagraph heading =
        blocks.paragraph(
            DocxStyles.HEADING2,
            labels.format("section.heading", labels.get("numeral." + number), labels.type(s.type())));
    DocxBlocks.text(heading, labels.format("section.points", s.points(), s.total()))
        .setStyle(DocxStyles.SECTION_POINTS);
    boolean bracket = s.type() == QuestionType.TRUE_FALSE || s.type() == QuestionType.MULTIPLE_CHOICE;
    // questions without a bracket keep their numbers in the same column as those with one
    String numberText = (bracket ? labels.get("bracket") : "\u3000".repeat(3)) + "%1.";
    BigInteger list = numbering.newList(numberText, DocxStyles.QUESTION_INDENT, s.firstNumber());
    for (Question q : s.questions()) {
      XWPFParagraph p = blocks.listItem(list);
      switch (q.type()) {
        case CLOZE -> cloze(p, q);
        case MATCHING -> {
          DocxBlocks.text(p, q.stem());
          DocxBlocks.keepWithNext(p);
          matching(q);
        }
        case TRUE_FALSE -> DocxBlocks.text(p, q.stem());
        case ORDERING -> {
          DocxBlocks.text(p, q.stem());
          DocxBlocks.keepWithNext(p);
          options(q.options(), true);
          orderingAnswerLine(q.options().size());
        }
        default -> {
          DocxBlocks.text(p, q.stem());
          DocxBlocks.keepWithNext(p);
          options(q.options(), false);
        }
      }
    }
  }

  /** 「答：（　）→（　）→（　）」, one bracket per item. */
  private void orderingAnswerLine(int items) {
    String bracket = labels.get("bracket");
    List<String> slots = new ArrayList<>();
    for (int i = 0; i < items; i++) {
      slots.add(bracket);
    }
    blocks.paragraph(DocxStyles.OPTIONS, labels.get("ordering.answer") + String.join(" → ", slots));
  }

  /** The stem with each blank drawn as a line about as long as its answer. */
  private void cloze(XWPFParagraph p, Question q) {
    ClozeStem stem = ClozeStem.parse(q.stem());
    List<String> answers = q.answer() instanceof Answer.Blanks b ? b.texts() : List.of();
    for (int i = 0; i < stem.segments().size(); i++) {
      if (i > 0) {
        String answer = i - 1 < answers.size() ? answers.get(i - 1) : "";
        DocxBlocks.blank(p, Math.max(4, (DisplayWidth.of(answer) + 1) / 2 + 2));
      }
      if (!stem.segments().get(i).isEmpty()) {
        DocxBlocks.text(p, stem.segments().get(i));
      }
    }
  }

  /** (A)–(D) four to a line, two to a line or one per line, by their length; items to order one per line. */
  private void options(List<String> options, boolean onePerLine) {
    int avail = page.textWidth() - DocxStyles.QUESTION_INDENT;
    int perLine = onePerLine ? 1 : OptionLayout.perLine(options, avail);
    int[] stops = new int[perLine - 1];
    for (int k = 1; k < perLine; k++) {
      stops[k - 1] = DocxStyles.QUESTION_INDENT + avail * k / perLine;
    }
    XWPFParagraph line = null;
    for (int i = 0; i < options.size(); i++) {
      if (i % perLine == 0) {
        if (line != null) {
          DocxBlocks.keepWithNext(line);
        }
        line = blocks.paragraph(DocxStyles.OPTIONS, null);
        if (stops.length > 0) {
          DocxBlocks.tabStops(line, stops);
        }
      } else {
        DocxBlocks.tab(line);
      }
      DocxBlocks.text(line, OptionLetters.bracketed(i) + " " + options.get(i));
    }
    if (onePerLine && line != null) {
      DocxBlocks.keepWithNext(line); // the answer line follows
    }
  }

  /** Two lettered columns: numbered left items with answer brackets, lettered right items. */
  private void matching(Question q) {
    List<String> lefts =
        q.answer() instanceof Answer.Pairs p ? p.pairs().stream().map(Answer.Pair::left).toList() : List.of();
    List<String> rights = q.options();
    int rows = Math.max(lefts.size(), rights.size());
    XWPFTable t = blocks.doc().createTable(rows, 3);
    t.setStyleID(DocxStyles.MATCHING_TABLE);
    // POI gives a new table direct borders, which would override the style
    if (t.getCTTbl().getTblPr().isSetTblBorders()) {
      t.getCTTbl().getTblPr().unsetTblBorders();
    }
    int avail = page.textWidth() - DocxStyles.QUESTION_INDENT;
    int[] widths = {1100, (avail - 1100) * 2 / 5, (avail - 1100) * 3 / 5};
    CTTblPr tp = t.getCTTbl().getTblPr();
    CTTblWidth ind = tp.isSetTblInd() ? tp.getTblInd() : tp.addNewTblInd();
    ind.setW(BigInteger.valueOf(DocxStyles.QUESTION_INDENT));
    ind.setType(STTblWidth.DXA);
    CTTblWidth tw = tp.isSetTblW() ? tp.getTblW() : tp.addNewTblW();
    tw.setW(BigInteger.valueOf(avail));
    tw.setType(STTblWidth.DXA);
    var grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
    for (int c = 0; c < 3; c++) {
      var col = c < grid.sizeOfGridColArray() ? grid.getGridColArray(c) : grid.addNewGridCol();
      col.setW(BigInteger.valueOf(widths[c]));
    }
    for (int r = 0; r < rows; r++) {
      XWPFTableRow row = t.getRow(r);
      row.setCantSplitRow(true);
      cell(row.getCell(0), widths[0], r < lefts.size() ? labels.get("bracket") : "");
      cell(row.getCell(1), widths[1], r < lefts.size() ? "(" + (r + 1) + ") " + lefts.get(r) : "");
      cell(row.getCell(2), widths[2], r < rights.size() ? OptionLetters.bracketed(r) + " " + rights.get(r) : "");
      if (r < rows - 1) {
        // keep the whole table on one page with its stem
        row.getCell(0).getParagraphs().forEach(DocxBlocks::keepWithNext);
      }
    }
    blocks.paragraph(DocxStyles.OPTIONS, null); // air after the table
  }

  private static void cell(XWPFTableCell cell, int width, String text) {
    cell.setWidth(String.valueOf(width));
    XWPFParagraph p = cell.getParagraphs().get(0);
    if (!text.isEmpty()) {
      DocxBlocks.text(p, text);
    }
  }
}
