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

/**
 * One numbered question as a block that is never split across pages: answer bracket, number,
 * stem, then its options, matching columns or ordering line. The first question of a section
 * also carries the section heading, so a heading never stands alone at the foot of a page.
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
    PdfPTable t = Cells.table(width, bracketWidth, numberWidth, rest);
    t.setKeepTogether(true);
    t.setSplitLate(true);
    t.setSpacingAfter(5f);
    if (heading != null) {
      PdfPCell h = Cells.spanning(Cells.of(heading), 3);
      h.setPaddingTop(8f);
      h.setPaddingBottom(6f);
      t.addCell(h);
    }
    boolean bracket = q.type() == QuestionType.TRUE_FALSE || q.type() == QuestionType.MULTIPLE_CHOICE;
    t.addCell(Cells.of(text.plain(bracket ? labels.get("bracket") : "", PdfText.BODY)));
    t.addCell(Cells.right(Cells.of(text.plain(number + ".", PdfText.BODY))));
    t.addCell(Cells.of(stem(q)));
    switch (q.type()) {
      case MULTIPLE_CHOICE -> under(t, new OptionLayout(text).table(q.options(), rest));
      case MATCHING -> under(t, matching(q, rest));
      case ORDERING -> {
        under(t, new OptionLayout(text).table(q.options(), rest));
        under(t, orderingLine(q.options().size()));
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

  /** Adds a row under the stem, indented to the stem's left edge. */
  private void under(PdfPTable t, Object content) {
    t.addCell(Cells.spanning(Cells.empty(), 2));
    PdfPCell c = content instanceof PdfPTable inner ? Cells.of(inner) : Cells.of((Phrase) content);
    t.addCell(c);
  }

  /** Left items numbered (1)(2)… with a bracket each; right items lettered (A)(B)…. */
  private PdfPTable matching(Question q, float w) {
    List<String> lefts = new ArrayList<>();
    if (q.answer() instanceof Answer.Pairs p) {
      p.pairs().forEach(pair -> lefts.add(pair.left()));
    }
    List<String> rights = q.options();
    float sub = text.width("(00)", PdfText.BODY) + 4f;
    float letter = text.width("(M)", PdfText.BODY) + 4f;
    // the columns share the width by how long their items are, so long clauses on the left
    // do not wrap into a narrow strip beside short names on the right
    float leftNeeds = bracketWidth + sub + widest(lefts);
    float rightNeeds = letter + widest(rights);
    float share = leftNeeds / (leftNeeds + rightNeeds);
    float leftW = w * Math.min(0.65f, Math.max(0.4f, share));
    float rightW = w - leftW;
    PdfPTable t = Cells.table(w, leftW, rightW);
    int rows = Math.max(lefts.size(), rights.size());
    for (int i = 0; i < rows; i++) {
      if (i < lefts.size()) {
        PdfPTable l = Cells.table(leftW, bracketWidth, sub, leftW - bracketWidth - sub);
        l.addCell(Cells.of(text.plain(labels.get("bracket"), PdfText.BODY)));
        l.addCell(Cells.of(text.plain("(" + (i + 1) + ")", PdfText.BODY)));
        PdfPCell item = Cells.of(text.plain(lefts.get(i), PdfText.BODY));
        item.setPaddingRight(12f); // a gutter before the right column's letters
        l.addCell(item);
        t.addCell(Cells.of(l));
      } else {
        t.addCell(Cells.empty());
      }
      if (i < rights.size()) {
        PdfPTable r = Cells.table(rightW, letter, rightW - letter);
        r.addCell(Cells.of(text.plain(OptionLayout.letter(i), PdfText.BODY)));
        r.addCell(Cells.of(text.plain(rights.get(i), PdfText.BODY)));
        t.addCell(Cells.of(r));
      } else {
        t.addCell(Cells.empty());
      }
    }
    return t;
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
