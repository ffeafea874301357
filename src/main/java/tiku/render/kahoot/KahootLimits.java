package tiku.render.kahoot;

import java.util.List;

/** What Kahoot's spreadsheet import accepts, as its quiz template states in its column headings. */
final class KahootLimits {
  static final int QUESTION = 120;
  static final int ANSWER = 75;
  static final int MIN_ANSWERS = 2;
  static final int MAX_ANSWERS = 4;
  static final List<Integer> TIME_LIMITS = List.of(5, 10, 20, 30, 60, 90, 120, 240);

  private KahootLimits() {}

  /** Length as a player sees it: characters, not UTF-16 units (an emoji or a rare 漢字 is one). */
  static int length(String s) {
    return s.codePointCount(0, s.length());
  }
}
