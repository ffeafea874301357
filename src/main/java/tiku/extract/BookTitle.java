package tiku.extract;

/** Whether a place in a sentence stands inside a 《book or document title》. */
final class BookTitle {
  private BookTitle() {}

  /**
   * True when the nearest title mark before {@code at} (looking back at most 60 characters) opens
   * a title: a year or number there is part of the title's name, not a fact.
   */
  static boolean encloses(String text, int at) {
    for (int i = at - 1; i >= 0 && i >= at - 60; i--) {
      char c = text.charAt(i);
      if (c == '》') {
        return false;
      }
      if (c == '《') {
        return true;
      }
    }
    return false;
  }
}
