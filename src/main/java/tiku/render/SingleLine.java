package tiku.render;

import java.util.regex.Pattern;

/**
 * Text for a field that must stay on one line (a GIFT comment or category, a Kahoot cell, a
 * Quizlet card): each run of line breaks, tabs and other control characters, with the spaces
 * around it, becomes one space. Spaces the author typed elsewhere are kept.
 */
public final class SingleLine {
  private static final Pattern BREAKS = Pattern.compile(" *[\\p{Cc}\\u2028\\u2029]+ *");

  private SingleLine() {}

  public static String of(String text) {
    if (text == null) {
      return "";
    }
    return BREAKS.matcher(text).replaceAll(" ").strip();
  }
}
