package tiku.render.pdf;

import com.lowagie.text.pdf.PdfPTable;
import java.util.List;

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

  /** "(A)", "(B)", … */
  public static String letter(int index) {
    return "(" + (char) ('A' + index) + ")";
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

  /** The options as a table {@code width} points wide. */
  public PdfPTable table(List<String> options, float width) {
    float labelWidth = text.width("(M)", PdfText.BODY) + 4f;
    List<Float> widths =
        options.stream().map(o -> labelWidth + text.width(o, PdfText.BODY)).toList();
    int cols = columns(widths, width);
    float[] colWidths = new float[cols];
    java.util.Arrays.fill(colWidths, width / cols);
    PdfPTable t = Cells.table(width, colWidths);
    for (int i = 0; i < options.size(); i++) {
      PdfPTable one = Cells.table(width / cols, labelWidth, width / cols - labelWidth);
      one.addCell(Cells.of(text.plain(letter(i), PdfText.BODY)));
      one.addCell(Cells.of(text.plain(options.get(i), PdfText.BODY)));
      t.addCell(Cells.of(one));
    }
    t.completeRow();
    return t;
  }
}
