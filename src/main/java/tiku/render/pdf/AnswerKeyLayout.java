package tiku.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.List;
import tiku.model.Answer;
import tiku.model.Question;
import tiku.model.QuestionSource;
import tiku.render.KeyAnswer;
import tiku.render.Labels;
import tiku.render.OptionLetters;
import tiku.render.WorksheetSection;

/**
 * The teacher's answer key for one form: each question's number and answer (option letters as
 * that form printed them), a short explanation, and where the answer stands in the document
 * (第N條 and the quoted sentence).
 */
public final class AnswerKeyLayout {
  /** Rows per table of a section; see {@link #sectionTables}. */
  private static final int ROWS_PER_TABLE = 6;

  /** A choice answer's padding: the rule's 3 and 5 points plus a text cell's 1.5 and 3. */
  private static final float CHOICE_PADDING_TOP = 4.5f;
  private static final float CHOICE_PADDING_BOTTOM = 8f;

  private final PdfText text;
  private final Labels labels;
  private final float width;

  public AnswerKeyLayout(PdfText text, Labels labels, PageSetup page) {
    this.text = text;
    this.labels = labels;
    this.width = page.contentWidth();
  }

  public void add(Document doc, WorksheetPlan plan) throws DocumentException {
    PdfPTable head = Cells.table(width, width);
    PdfPCell title = Cells.of(text.bold(labels.format("key.title", plan.fullTitle()), PdfText.TITLE));
    title.setHorizontalAlignment(Element.ALIGN_CENTER);
    head.addCell(title);
    head.setSpacingAfter(8f);
    doc.add(head);
    // one answer column for the whole key, as wide as the longest answer needs (within limits),
    // so the explanations start at the same place in every section
    float widest = text.boldWidth(labels.get("key.answer"), PdfText.SMALL + 1);
    for (WorksheetSection section : plan.sections()) {
      for (Question q : section.questions()) {
        widest = Math.max(widest, text.boldWidth(KeyAnswer.of(q, labels), PdfText.BODY) + text.boldWidth("(M)", PdfText.BODY));
      }
    }
    float answer = Math.min(Math.max(widest + 10f, 36f), width * 0.34f);
    String[] numerals = labels.get("section.numbers").split(",");
    int s = 0;
    for (WorksheetSection section : plan.sections()) {
      for (PdfPTable part : sectionTables(numerals[Math.min(s++, numerals.length - 1)], section, answer)) {
        doc.add(part);
      }
    }
  }

  /**
   * A section as a run of short tables, one after another, that print as one: the heading and
   * column names show above the first and again on every page the section runs onto. Short,
   * because OpenPDF measures every row of a table again each time the table goes onto a new page,
   * which made one table per section cost (rows × pages) and a 2,000-question key half a minute.
   */
  private List<PdfPTable> sectionTables(String numeral, WorksheetSection section, float answer) {
    List<PdfPTable> parts = new ArrayList<>();
    List<Question> questions = section.questions();
    int n = section.firstNumber();
    for (int from = 0; from < questions.size(); from += ROWS_PER_TABLE) {
      PdfPTable t = sectionHead(numeral, section, answer);
      // later parts go on where the one before stopped: their heading shows only where they
      // start a page (OpenPDF prints a skipped first header on the pages a table continues onto)
      t.setSkipFirstHeader(from > 0);
      for (Question q : questions.subList(from, Math.min(from + ROWS_PER_TABLE, questions.size()))) {
        t.addCell(ruled(Cells.right(Cells.of(text.plain(String.valueOf(n++), PdfText.BODY)))));
        answerCells(q).forEach(c -> t.addCell(c));
        t.addCell(ruled(Cells.of(explanation(q))));
      }
      parts.add(t);
    }
    parts.get(parts.size() - 1).setSpacingAfter(8f);
    return parts;
  }

  /**
   * The section's heading and column names, as the two header rows of a table whose answer column
   * is two: a choice's letter, and its text (other answers span both).
   */
  private PdfPTable sectionHead(String numeral, WorksheetSection section, float answer) {
    float num = text.width("000", PdfText.BODY) + 8f;
    float letter = letterWidth();
    PdfPTable t = Cells.pageWide(width, num, letter, answer - letter, width - num - answer);
    t.setHeaderRows(2);
    t.setSplitLate(true);
    PdfPCell h =
        Cells.spanning(
            Cells.of(text.bold(labels.format("section.heading", numeral, labels.type(section.type())), PdfText.HEADING)),
            4);
    h.setPaddingTop(6f);
    h.setPaddingBottom(4f);
    t.addCell(h);
    for (String k : List.of("key.number", "key.answer", "key.explanation")) {
      PdfPCell c = Cells.of(text.bold(labels.get(k), PdfText.SMALL + 1));
      c.setBorder(Rectangle.BOTTOM);
      c.setBorderWidthBottom(0.6f);
      t.addCell(Cells.spanning(c, k.equals("key.answer") ? 2 : 1));
    }
    return t;
  }

  /**
   * A choice's letter with its text hanging beside it, so a wrapped option lines up under itself;
   * any other answer across both answer columns. Cells of the section's table, not a table in a
   * cell: OpenPDF measures a nested table again for every table it sits in.
   */
  private List<PdfPCell> answerCells(Question q) {
    if (q.answer() instanceof Answer.Choice c && q.options().contains(c.option())) {
      PdfPCell letter = ruled(Cells.of(text.bold(OptionLetters.bracketed(q.options().indexOf(c.option())), PdfText.BODY)));
      PdfPCell option = ruled(Cells.of(text.bold(c.option(), PdfText.BODY)));
      // the rule's padding plus the cell's own, as the letter-and-text pair always had
      for (PdfPCell cell : List.of(letter, option)) {
        cell.setPaddingTop(CHOICE_PADDING_TOP);
        cell.setPaddingBottom(CHOICE_PADDING_BOTTOM);
      }
      option.setPaddingRight(option.getPaddingRight() + 3f); // a gap before the explanations
      return List.of(letter, option);
    }
    return List.of(Cells.spanning(ruled(Cells.of(text.bold(KeyAnswer.of(q, labels), PdfText.BODY))), 2));
  }

  private float letterWidth() {
    return text.boldWidth("(M)", PdfText.BODY) + 3f;
  }

  private static PdfPCell ruled(PdfPCell c) {
    c.setBorder(Rectangle.BOTTOM);
    c.setBorderWidthBottom(0.25f);
    c.setBorderColorBottom(PdfText.GREY);
    c.setPaddingTop(3f);
    c.setPaddingBottom(5f);
    return c;
  }
  /** The explanation, then the source: 「出處：第5條」 and the quoted sentence, smaller. */
  private Phrase explanation(Question q) {
    List<com.lowagie.text.Chunk> chunks = new ArrayList<>();
    if (q.explanation() != null && !q.explanation().isBlank()) {
      chunks.add(text.chunk(q.explanation().strip(), PdfText.SMALL + 1, false, null));
      chunks.add(text.lineBreak(PdfText.SMALL + 1));
    }
    QuestionSource src = q.source();
    boolean quoted = src != null && src.quote() != null && !src.quote().isBlank();
    String where;
    if (src != null && src.clause() != null) {
      where = labels.format("key.source.line", labels.clause(src)) + (quoted ? " " + quoteMarks(src.quote().strip()) : "");
    } else {
      // prose: the quoted sentence is the source itself
      where = labels.format("key.source.line", quoted ? quoteMarks(src.quote().strip()) : labels.clause(src));
    }
    chunks.add(text.chunk(where, PdfText.SMALL, false, PdfText.GREY));
    return text.phrase(chunks.toArray(com.lowagie.text.Chunk[]::new));
  }

  private String quoteMarks(String quote) {
    return labels.format("key.quote", quote);
  }
}
