package tiku.render.lms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.unbescape.html.HtmlEscape;

/** Test helper: the plain text of each {@code <p>} of the escaped HTML that LMS formats carry. */
public final class HtmlParagraphs {
  private HtmlParagraphs() {}

  public static List<String> of(String html) {
    List<String> out = new ArrayList<>();
    for (String part : html.split("</p>")) {
      assertThat(part).startsWith("<p>");
      out.add(HtmlEscape.unescapeHtml(part.substring(3)));
    }
    return out;
  }
}
