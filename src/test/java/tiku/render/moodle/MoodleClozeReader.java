package tiku.render.moodle;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unbescape.html.HtmlEscape;

/**
 * Test helper: reads an embedded-answer question text the way Moodle's
 * qtype_multianswer_extract_question does (same regular expressions, same decoding), so tests
 * check what Moodle would store, not what we meant to write.
 */
final class MoodleClozeReader {
  private static final String FRACTION = "=|%(-?[0-9]+(?:[.,][0-9]*)?)%";
  private static final String ANSWER = ".+?(?<!\\\\|&|&amp;)(?=[~#}]|$)";
  private static final String FEEDBACK = ".*?(?<!\\\\)(?=[~}]|$)";
  private static final String ALTERNATIVE = "(" + FRACTION + ")?(" + ANSWER + ")(#(" + FEEDBACK + "))?";
  private static final Pattern GAP =
      Pattern.compile("\\{([0-9]*):(SHORTANSWER|SA|MW):(" + ALTERNATIVE + "(~" + ALTERNATIVE + ")*)\\}", Pattern.DOTALL);
  private static final Pattern ALT = Pattern.compile("~?" + ALTERNATIVE, Pattern.DOTALL);

  record Parsed(String textWithMarkers, List<String> answers, List<String> fractions) {}

  private MoodleClozeReader() {}

  static Parsed parse(String html) {
    List<String> answers = new ArrayList<>();
    List<String> fractions = new ArrayList<>();
    String text = html;
    Matcher m;
    while ((m = GAP.matcher(text)).find()) {
      Matcher alt = ALT.matcher(m.group(3));
      if (!alt.lookingAt()) {
        throw new AssertionError("no answer in " + m.group());
      }
      fractions.add(alt.group(1));
      String answer = HtmlEscape.unescapeHtml(alt.group(3)).replace("\\}", "}").replace("\\#", "#");
      // then the short-answer wildcard rule: \* is a literal star
      answers.add(answer.replace("\\*", "*"));
      text = text.substring(0, m.start()) + "{#}" + text.substring(m.end());
    }
    return new Parsed(text, answers, fractions);
  }
}
