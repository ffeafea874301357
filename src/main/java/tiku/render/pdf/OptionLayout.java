package tiku.render.pdf;

import com.lowagie.text.pdf.PdfPCell;
import java.util.ArrayList;
import java.util.List;
import tiku.render.OptionLetters;

/**
 * Lays lettered options out the way printed tests do: all in one row when they are short, in rows
 * of two when they are middling (and even in number), one per line when they are long. Every option's text lines
 * up after its letter, and wrapped lines hang under the text, not under the letter.
 */
public final class OptionLayout {
  private static final float GAP = 10f;

  private final PdfText text;

  public OptionLayout(PdfText text) {
    this.text = text;
  }


  /** How many options go in one row: all of them, two, or one. */
  public static int columns(List<Float> widths, float available) {
    float widest = 0;
    for (float w : widths) {
      widest = Math.max(widest, w);
    }
    int n = widths.size();
    if (n <= 4 && n > 0 && widest + GAP <= available / n) {
      return n;
    }
    // two per row only for an even count: an odd one out alone on the last row looks like a mistake
    if (n % 2 == 0 && widest + GAP <= available / 2) {
      return 2;
    }
    return 1;
  }

  /**
   * The widths of the option columns across {@code width}: a letter column and a text column for
   * each option in a row. They become columns of the question's own table rather than a table of
   * their own, because OpenPDF measures a nested table again at every level it is nested in.
   */
  public float[] columnWidths(List<String> options, float width) {
    float labelWidth = labelWidth();
    List<Float> widths =
        options.stream().map(o -> labelWidth + text.width(o, PdfText.BODY)).toList();
    int cols = columns(widths, width);
    float[] out = new float[2 * cols];
    for (int c = 0; c < cols; c++) {
      out[2 * c] = labelWidth;
      out[2 * c + 1] = width / cols - labelWidth;
    }
    return out;
  }

  /** Letter and text cells of every option in order, to fill rows of {@link #columnWidths}. */
  public List<PdfPCell> cells(List<String> options) {
    List<PdfPCell> out = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      out.add(Cells.of(text.plain(OptionLetters.bracketed(i), PdfText.BODY)));
      out.add(Cells.of(text.plain(options.get(i), PdfText.BODY)));
    }
    return out;
  }

  private float labelWidth() {
    return text.width("(M)", PdfText.BODY) + 4f;
  }
}
