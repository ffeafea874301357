package tiku.render.pdf;

import com.lowagie.text.Chunk;
import java.util.ArrayList;
import java.util.List;
import tiku.model.Answer;
import tiku.model.ClozeStem;
import tiku.model.Question;

/**
 * Draws a cloze stem with each blank as a line long enough to write its answer on by hand: about
 * one and a half times the printed answer's width, and never shorter than four characters.
 */
public final class ClozeBlanks {
  private final PdfText text;

  public ClozeBlanks(PdfText text) {
    this.text = text;
  }

  /** The stem as chunks: text, blank line, text, … */
  public List<Chunk> chunks(Question q, float size) {
    ClozeStem stem = ClozeStem.parse(q.stem());
    List<String> answers =
        q.answer() instanceof Answer.Blanks b ? b.texts() : List.of();
    List<Chunk> out = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    for (int i = 0; i < stem.segments().size(); i++) {
      run.append(stem.segments().get(i));
      if (i < stem.blanks()) {
        run.append(blank(i < answers.size() ? answers.get(i) : "", size));
      }
    }
    // one chunk, so the kinsoku rule sees a blank and the punctuation after it together
    out.add(text.chunk(run.toString(), size, false, null));
    return out;
  }

  /** A run of low lines as wide as the answer needs: full-width ＿ where the font has it. */
  String blank(String answer, float size) {
    char mark = text.hasGlyph('＿') ? '＿' : '_';
    float unit = text.width(String.valueOf(mark), size);
    // capped so one blank always fits on a line of the stem column
    float want = Math.min(Math.max(text.width(answer, size) * 1.5f, size * 4f), size * 22f);
    int count = Math.max(2, (int) Math.ceil(want / unit));
    return String.valueOf(mark).repeat(count);
  }
}
