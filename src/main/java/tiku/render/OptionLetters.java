package tiku.render;

/** How options are lettered on a worksheet and in its key: A, B, … and (A), (B), …. */
public final class OptionLetters {
  private OptionLetters() {}

  /** "A", "B", … for the option at {@code index}. */
  public static String letter(int index) {
    return String.valueOf((char) ('A' + index));
  }

  /** "(A)", "(B)", … as an option is printed in front of its text. */
  public static String bracketed(int index) {
    return "(" + letter(index) + ")";
  }
}
