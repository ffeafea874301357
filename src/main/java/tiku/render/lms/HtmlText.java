package tiku.render.lms;

import org.unbescape.html.HtmlEscape;

/**
 * Document text for platforms whose fields hold an HTML string (Moodle's format="html", QTI 1.2
 * text/html mattext): the text is escaped with unbescape, so markup in a document shows as text.
 */
public final class HtmlText {
  private HtmlText() {}

  /** The text with {@code < > & " '} escaped. */
  public static String escape(String text) {
    return HtmlEscape.escapeHtml5Xml(text == null ? "" : text);
  }

  /** One escaped paragraph. */
  public static String paragraph(String text) {
    return "<p>" + escape(text) + "</p>";
  }
}
