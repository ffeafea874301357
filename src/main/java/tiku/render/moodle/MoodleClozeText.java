package tiku.render.moodle;

import java.util.List;
import tiku.render.lms.HtmlText;

/**
 * Moodle's embedded-answer ("Cloze") syntax, which no library writes: the question text holds each
 * gap as {@code {1:SHORTANSWER:=answer}}. Moodle finds gaps with a regular expression over the HTML
 * text, ends an answer at an unescaped {@code ~ # }}, then decodes HTML entities. So the text around
 * the gaps has its braces written as numeric entities (no gap can be forged), and each answer has
 * {@code ~ # { } \ &} as numeric entities (Moodle's expression does not end an answer at the
 * {@code #} of an entity, but does refuse to end one right after {@code &amp;}) and {@code *}
 * escaped as {@code \*} (in a short answer {@code *} is a wildcard).
 */
public final class MoodleClozeText {
  private MoodleClozeText() {}

  /** The HTML question text: segments around the gaps, each gap with its one right answer. */
  public static String questionText(List<String> segments, List<String> answers) {
    if (segments.size() != answers.size() + 1) {
      throw new IllegalArgumentException(segments.size() + " segments for " + answers.size() + " answers");
    }
    StringBuilder sb = new StringBuilder("<p>");
    for (int i = 0; i < answers.size(); i++) {
      sb.append(text(segments.get(i)));
      sb.append('{').append("1:SHORTANSWER:=").append(answer(answers.get(i))).append('}');
    }
    sb.append(text(segments.get(segments.size() - 1)));
    return sb.append("</p>").toString();
  }

  /** Text between gaps: HTML-escaped, braces as entities. */
  static String text(String s) {
    return escape(s, "{}");
  }

  /** One answer inside a gap. */
  static String answer(String s) {
    return escape(ShortAnswerText.pattern(s), "{}~#\\&");
  }

  /** HTML-escapes {@code s}, writing each of {@code specials} as a numeric character reference. */
  private static String escape(String s, String specials) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    StringBuilder run = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (specials.indexOf(c) >= 0) {
        sb.append(HtmlText.escape(run.toString())).append("&#").append((int) c).append(';');
        run.setLength(0);
      } else {
        run.append(c);
      }
    }
    return sb.append(HtmlText.escape(run.toString())).toString();
  }

  /**
   * Whether Moodle would read this answer back changed: after decoding entities it turns
   * {@code \}} into {@code }} and {@code \#} into {@code #}.
   */
  public static boolean changesOnImport(String answer) {
    return answer.contains("\\}") || answer.contains("\\#");
  }
}
