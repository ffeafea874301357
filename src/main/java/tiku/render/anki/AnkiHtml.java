package tiku.render.anki;

import java.util.regex.Pattern;
import org.unbescape.html.HtmlEscape;
import org.unbescape.html.HtmlEscapeLevel;
import org.unbescape.html.HtmlEscapeType;

/**
 * Text from a document as the HTML of an Anki field: markup-significant characters escaped by
 * unbescape (the escaper Thymeleaf uses), line breaks as {@code <br>}, other control characters
 * dropped (U+001F would split the note's fields). Chinese text and full-width
 * punctuation pass through untouched.
 */
public final class AnkiHtml {
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\r\n\u2028\u2029]");
  // C0 controls other than tab and line breaks, and DEL: invisible, and U+001F is Anki's field separator
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");

  private AnkiHtml() {}

  /** Plain text as field HTML. */
  public static String text(String plain) {
    if (plain == null) {
      return "";
    }
    String escaped =
        HtmlEscape.escapeHtml(
            CONTROL.matcher(plain).replaceAll(""),
            HtmlEscapeType.HTML4_NAMED_REFERENCES_DEFAULT_TO_DECIMAL,
            HtmlEscapeLevel.LEVEL_1_ONLY_MARKUP_SIGNIFICANT);
    return LINE_BREAK.matcher(escaped).replaceAll("<br>");
  }

  /**
   * Field HTML as the plain text Anki indexes it (its sort field and duplicate checksum): tags
   * dropped, references decoded (as Anki's stripHTMLMedia does). Only for those caches, never for output.
   */
  static String plain(String html) {
    return HtmlEscape.unescapeHtml(TAG.matcher(html).replaceAll(""));
  }
}
