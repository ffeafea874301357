package tiku.render.docx;

import java.util.List;
import tiku.render.DisplayWidth;

/**
 * How many options share a line: four when every option is short, two when they fit half a
 * line (and pair up evenly), else one per line, as printed tests do.
 */
final class OptionLayout {
  /** Twips per half-width column at the 10.5 pt body size (a CJK character is two columns). */
  static final int TWIPS_PER_COLUMN = DocxStyles.BODY_HALF_POINTS * 10 / 2;
  /** "(A) " before the option and a little air after it. */
  private static final int LABEL_COLUMNS = 6;

  private OptionLayout() {}

  static int perLine(List<String> options, int availableTwips) {
    int widest = 0;
    for (String o : options) {
      widest = Math.max(widest, DisplayWidth.of(o) + LABEL_COLUMNS);
    }
    int columns = availableTwips / TWIPS_PER_COLUMN;
    int n = options.size();
    if (n >= 3 && widest <= columns / 4) {
      return Math.min(4, n);
    }
    if (n == 3 && widest <= columns / 3) {
      return 3;
    }
    // two to a line, but never an odd option left alone on the last line
    if (widest <= columns / 2 && n % 2 == 0) {
      return 2;
    }
    return 1;
  }

}
