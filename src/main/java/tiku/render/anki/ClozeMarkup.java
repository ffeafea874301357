package tiku.render.anki;

import java.util.List;
import tiku.model.ClozeStem;

/**
 * The Text field of a cloze note: the stem's blanks become {@code {{c1::answer}}},
 * {@code {{c2::…}}} in order. Anki reads cloze markup from the raw field HTML, so besides HTML
 * escaping, every brace in the text and every colon in an answer is written as a numeric character
 * reference: it looks the same on the card, but a hostile answer such as {@code }}{{c2::x} cannot
 * end its cloze early, open another one or start a hint. No library implements Anki's cloze
 * syntax, hence these few rules here.
 */
public final class ClozeMarkup {
  private ClozeMarkup() {}

  /** The cloze field for a stem with exactly {@code answers.size()} blanks. */
  public static String text(ClozeStem stem, List<String> answers) {
    if (stem.blanks() != answers.size()) {
      throw new IllegalArgumentException("the stem has " + stem.blanks() + " blanks but there are " + answers.size() + " answers");
    }
    StringBuilder sb = new StringBuilder(outside(stem.segments().get(0)));
    for (int i = 0; i < answers.size(); i++) {
      sb.append("{{c").append(i + 1).append("::").append(inside(answers.get(i))).append("}}");
      sb.append(outside(stem.segments().get(i + 1)));
    }
    return sb.toString();
  }

  /** Text outside a cloze: braces neutralised so it cannot open one. */
  static String outside(String plain) {
    return braces(AnkiHtml.text(plain));
  }

  /** An answer inside a cloze: braces and colons neutralised so it cannot close it or add a hint. */
  static String inside(String plain) {
    String html = braces(AnkiHtml.text(plain)).replace(":", "&#58;");
    // an empty cloze makes no card; a blank answer still needs something to reveal
    return AnkiHtml.plain(html).isBlank() ? "…" : html;
  }

  private static String braces(String html) {
    return html.replace("{", "&#123;").replace("}", "&#125;");
  }
}
