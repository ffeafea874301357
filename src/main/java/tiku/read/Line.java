package tiku.read;

/**
 * One line of the source: {@code [start, end)} in the source text, without its line break.
 *
 * @param number 1-based line number
 */
public record Line(int start, int end, int number, String text) {
  /** True when the line holds nothing but white space. */
  public boolean isBlank() {
    return Chars.isBlank(text);
  }

  /** The text with leading and trailing white space (including U+3000) removed. */
  public String trimmed() {
    return Chars.trim(text);
  }
}
