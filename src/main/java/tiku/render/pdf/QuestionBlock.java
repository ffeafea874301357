package tiku.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.List;
import tiku.model.Answer;
import tiku.model.Question;
import tiku.model.QuestionType;
import tiku.render.Labels;
import tiku.render.OptionLetters;

/**
 * One numbered question as a block that is never split across pages: answer bracket, number,
 * stem, then its options, matching columns or ordering line. The first question of a section
 * also carries the section heading, so a heading never stands alone at the foot of a page.
 *
 * <p>Everything is one flat table: the bracket and number columns, then the columns the
 * question's options or matching items need, with the stem spanning those. OpenPDF measures a
 * nested table again for every table it sits in, so tables inside tables cost a long worksheet
 * several times over.
 */
final class QuestionBlock {
  private final PdfText text;
  private final Labels labels;
  private final float width;
  private final float bracketWidth;
  private final float numberWidth;

  QuestionBlock(PdfText text, Labels labels, float width) {
    this.text = text;
    this.labels = labels;
    this.width = width;
    this.bracketWidth = text.width(labels.get("bracket"), PdfText.BODY) + 6f;
    this.numberWidth = text.width("00.", PdfText.BODY) + 5f;
  }

  PdfPTable build(Question q, int number, Phrase heading) {
    float rest = width - bracketWidth - numberWidth;
    OptionLayout options = new OptionLayout(text);
    float[] body =
        switch (q.type()) {
          case MULTIPLE_CHOICE, ORDERING -> options.columnWidths(q.options(), rest);
          case MATCHING -> matchingColumns(q, rest);
          default -> new float[] {rest};
        };
    float[] columns = new float[body.length + 2];
    columns[0] = bracketWidth;
    columns[1] = numberWidth;
    System.arraycopy(body, 0, columns, 2, body.length);
    PdfPTable t = Cells.pageWide(width, columns);
    t.setKeepTogether(true);
    t.setSplitLate(true);
    t.setSpacingAfter(5f);
    if (heading != null) {
      PdfPCell h = Cells.spanning(Cells.of(heading), columns.length);
      h.setPaddingTop(8f);
      h.setPaddingBottom(6f);
      t.addCell(h);
    }
    boolean bracket = q.type() == QuestionType.TRUE_FALSE || q.type() == QuestionType.MULTIPLE_CHOICE;
    t.addCell(Cells.of(text.plain(bracket ? labels.get("bracket") : "", PdfText.BODY)));
    t.addCell(Cells.right(Cells.of(text.plain(number + ".", PdfText.BODY))));
    t.addCell(Cells.spanning(Cells.of(stem(q)), body.length));
    switch (q.type()) {
      case MULTIPLE_CHOICE -> rows(t, options.cells(q.options()), body.length);
      case MATCHING -> rows(t, matchingCells(q), body.length);
      case ORDERING -> {
        rows(t, options.cells(q.options()), body.length);
        rows(t, List.of(Cells.spanning(Cells.of(orderingLine(q.options().size())), body.length)), body.length);
      }
      default -> { }
    }
    return t;
  }

  private Phrase stem(Question q) {
    if (q.type() == QuestionType.CLOZE) {
      List<Chunk> chunks = new ClozeBlanks(text).chunks(q, PdfText.BODY);
      return text.phrase(chunks.toArray(Chunk[]::new));
    }
    return text.plain(q.stem(), PdfText.BODY);
  }

  /**
   * Adds {@code cells} in rows under the stem, each row indented to the stem's left edge by an
   * empty cell across the bracket and number columns; {@code span} columns make one row.
   */
  private static void rows(PdfPTable t, List<PdfPCell> cells, int span) {
    int used = span;
    for (PdfPCell c : cells) {
      if (used + c.getColspan() > span) {
        t.addCell(Cells.spanning(Cells.empty(), 2));
        used = 0;
      }
      t.addCell(c);
      used += c.getColspan();
    }
  }

  /**
   * Left items numbered (1)(2)… with a bracket each, right items lettered (A)(B)…: the columns
   * share the width by how long their items are, so long clauses on the left do not wrap into a
   * narrow strip beside short names on the right.
   */
  private float[] matchingColumns(Question q, float w) {
    float sub = subWidth();
    float letter = letterWidth();
    float leftNeeds = bracketWidth + sub + widest(lefts(q));
    float rightNeeds = letter + widest(q.options());
    float share = leftNeeds / (leftNeeds + rightNeeds);
    float leftW = w * Math.min(0.65f, Math.max(0.4f, share));
    float rightW = w - leftW;
    return new float[] {bracketWidth, sub, leftW - bracketWidth - sub, letter, rightW - letter};
  }

  /** Five cells a row: bracket, (n), left item; letter, right item (empty where a side has run out). */
  private List<PdfPCell> matchingCells(Question q) {
    List<String> lefts = lefts(q);
    List<String> rights = q.options();
    List<PdfPCell> out = new ArrayList<>();
    int rows = Math.max(lefts.size(), rights.size());
    for (int i = 0; i < rows; i++) {
      if (i < lefts.size()) {
        out.add(Cells.of(text.plain(labels.get("bracket"), PdfText.BODY)));
        out.add(Cells.of(text.plain("(" + (i + 1) + ")", PdfText.BODY)));
        PdfPCell item = Cells.of(text.plain(lefts.get(i), PdfText.BODY));
        item.setPaddingRight(12f); // a gutter before the right column's letters
        out.add(item);
      } else {
        out.add(Cells.spanning(Cells.empty(), 3));
      }
      if (i < rights.size()) {
        out.add(Cells.of(text.plain(OptionLetters.bracketed(i), PdfText.BODY)));
        out.add(Cells.of(text.plain(rights.get(i), PdfText.BODY)));
      } else {
        out.add(Cells.spanning(Cells.empty(), 2));
      }
    }
    return out;
  }

  private static List<String> lefts(Question q) {
    List<String> lefts = new ArrayList<>();
    if (q.answer() instanceof Answer.Pairs p) {
      p.pairs().forEach(pair -> lefts.add(pair.left()));
    }
    return lefts;
  }

  private float subWidth() {
    return text.width("(00)", PdfText.BODY) + 4f;
  }

  private float letterWidth() {
    return text.width("(M)", PdfText.BODY) + 4f;
  }

  private float widest(List<String> items) {
    float m = 0;
    for (String s : items) {
      m = Math.max(m, text.width(s, PdfText.BODY));
    }
    return m;
  }

  /** "答：（　）→（　）→（　）" with one bracket per item. */
  private Phrase orderingLine(int items) {
    List<String> slots = new ArrayList<>();
    for (int i = 0; i < items; i++) {
      slots.add(labels.get("bracket"));
    }
    return text.plain(labels.get("ordering.answer") + String.join(" → ", slots), PdfText.BODY);
  }
}
