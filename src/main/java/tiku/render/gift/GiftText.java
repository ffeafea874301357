package tiku.render.gift;

import tiku.render.SingleLine;

/**
 * Text as GIFT needs it. GIFT has its own escaping that no library implements, so this follows
 * Moodle's exporter ({@code qformat_gift::repchar}) character for character: a backslash before
 * each of {@code \ ~ = # { } :} and a line break written as {@code \n}.
 */
final class GiftText {
  /** Moodle's text-format marker: the text is shown as typed, so {@code <b>} stays two letters and a b. */
  static final String PLAIN = "[plain]";

  private GiftText() {}

  /** Escapes {@code text} as Moodle's {@code repchar} does. */
  static String escape(String text) {
    // repchar drops \r; a lone \r (old Mac line end) would then join two lines, so it becomes \n first
    String s = text.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\', '~', '=', '#', '{', '}', ':' -> out.append('\\').append(c);
        case '\n' -> out.append("\\n");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * An answer, option or feedback text: escaped, trimmed as both Moodle and other GIFT readers trim
   * it, and marked {@code [plain]} when it would otherwise be misread. A leading {@code [} could
   * be taken for a format marker ({@code [html]}) and a leading {@code %} for an answer weight
   * ({@code %50%}); after an explicit marker both are plain text to every reader.
   */
  static String answer(String text) {
    String t = text.strip();
    boolean guard = t.startsWith("[") || t.startsWith("%");
    return (guard ? PLAIN : "") + escape(t);
  }

  /** Question text: always {@code [plain]}, so Moodle shows markup in a document as text, not HTML. */
  static String questionText(String text) {
    return PLAIN + escape(text.strip());
  }

  /** A text for a {@code //} comment line: one line, no control characters. */
  static String commentLine(String text) {
    return SingleLine.of(text);
  }
}
