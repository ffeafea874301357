package tiku.render;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * How wide text prints, in half-width columns: an East Asian wide or full-width character (Chinese,
 * full-width punctuation) takes two columns, everything else one. Used to lay out options and size
 * blanks.
 */
public final class DisplayWidth {
  private DisplayWidth() {}

  public static int of(String text) {
    int cols = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      int w = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
      cols += (w == UCharacter.EastAsianWidth.WIDE || w == UCharacter.EastAsianWidth.FULLWIDTH) ? 2 : 1;
    }
    return cols;
  }
}
