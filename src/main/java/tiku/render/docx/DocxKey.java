package tiku.render.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import tiku.model.Answer;
import tiku.model.Question;
import tiku.model.QuestionSource;
import tiku.render.Labels;

/**
 * The answer key: for each section, the answers by number (as letters where the worksheet shows
 * letters), a short explanation and where in the document the answer stands.
 */
final class DocxKey {
  private static final int KEY_INDENT = 600;

  private final DocxBlocks blocks;
  private final Labels labels;
  private final DocxNumbering numbering;

  DocxKey(DocxBlocks blocks, Labels labels, DocxNumbering numbering) {
    this.blocks = blocks;
    this.labels = labels;
    this.numbering = numbering;
  }

  void write(String title, String sourceLine, List<WorksheetSection> sections) {
    blocks.paragraph(DocxStyles.HEADING1, title);
    blocks.paragraph(DocxStyles.SUBTITLE, sourceLine);
    int n = 1;
    for (WorksheetSection s : sections) {
      blocks.paragraph(
          DocxStyles.HEADING2, labels.format("key.heading", labels.get("numeral." + n++), labels.type(s.type())));
      BigInteger list = numbering.newList("%1.", KEY_INDENT);
      for (Question q : s.questions()) {
        XWPFParagraph p = blocks.listItem(list);
        DocxBlocks.keepWithNext(p);
        DocxBlocks.bold(p, answer(q));
        String full = spelledOut(q.answer());
        if (q.answer() instanceof Answer.Pairs || q.answer() instanceof Answer.Sequence) {
          detail(labels.get("answer") + labels.get("fields.colon") + full, true);
        }
        if (q.explanation() != null && !q.explanation().isBlank()) {
          detail(labels.get("explanation") + labels.get("fields.colon") + q.explanation(), true);
        }
        detail(source(q.source()), false);
      }
    }
  }

  private void detail(String text, boolean keepNext) {
    XWPFParagraph p = blocks.paragraph(DocxStyles.KEY_DETAIL, text);
    if (keepNext) {
      DocxBlocks.keepWithNext(p);
    }
  }

  /** 出處：第25條「…」 or 出處：原文「…」. */
  private String source(QuestionSource s) {
    String where = labels.clause(s);
    String quote = s == null || s.quote() == null ? "" : labels.format("key.quote", s.quote());
    return labels.get("source") + labels.get("fields.colon") + where + quote;
  }

  /** Matching pairs and orderings written out in words, after their letters. */
  private String spelledOut(Answer a) {
    if (a instanceof Answer.Pairs p) {
      return String.join(
          labels.get("key.join"),
          p.pairs().stream().map(x -> labels.format("key.pair", x.left(), x.right())).toList());
    }
    return a.display();
  }

  /** The answer as the student writes it: ○/×, a letter with its option, the blanks, letters. */
  private String answer(Question q) {
    Answer a = q.answer();
    if (a instanceof Answer.Choice c) {
      int i = q.options().indexOf(c.option());
      return i < 0 ? c.option() : OptionLayout.letter(i) + " " + c.option();
    }
    if (a instanceof Answer.Pairs p) {
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < p.pairs().size(); i++) {
        int r = q.options().indexOf(p.pairs().get(i).right());
        parts.add((i + 1) + (r < 0 ? "?" : OptionLayout.letter(r)));
      }
      return String.join("　", parts);
    }
    if (a instanceof Answer.Sequence seq) {
      StringBuilder sb = new StringBuilder();
      for (String item : seq.items()) {
        int i = q.options().indexOf(item);
        sb.append(i < 0 ? "?" : String.valueOf((char) ('A' + i)));
      }
      return sb.toString();
    }
    if (a instanceof Answer.Blanks b) {
      return String.join("／", b.texts());
    }
    return labels.answer(a);
  }
}
