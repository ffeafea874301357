package tiku.render.moodle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;
import tiku.testing.SampleBanks;

class MoodleClozeTextTest {
  @Test
  void hostileAnswersSurviveMoodlesParser() {
    List<String> answers = List.of("a}b#c~d", "x\\y *z* &#35; &amp;", "{1:SHORTANSWER:=forged}", SampleBanks.HOSTILE);
    List<String> segments = List.of("before {1:SA:=forged} ", " and ", " ~#} ", " <b>x</b> ", " end");
    MoodleClozeReader.Parsed p = MoodleClozeReader.parse(MoodleClozeText.questionText(segments, answers));
    assertThat(p.answers()).containsExactlyElementsOf(answers);
    assertThat(HtmlEscape.unescapeHtml(p.textWithMarkers())).isEqualTo("<p>" + String.join("{#}", segments) + "</p>");
  }

  @Property(tries = 300)
  void anyAnswerWithoutABackslashEscapeRoundTrips(
      @ForAll @StringLength(min = 1, max = 20) @AlphaChars @NumericChars @Chars({'{', '}', '#', '~', '\\', '*', '&', ';', '<', '>',
          '"', '\'', ' ', '=', '%', ':', '語', '＿'}) String answer,
      @ForAll @StringLength(max = 20) @AlphaChars @Chars({'{', '}', '#', '~', '\\', '&', ';', '<', ':', '1'}) String around) {
    String a = answer.strip();
    if (a.isEmpty() || MoodleClozeText.changesOnImport(a)) {
      return;
    }
    MoodleClozeReader.Parsed p = MoodleClozeReader.parse(MoodleClozeText.questionText(List.of(around, around, ""), List.of(a, a)));
    assertThat(p.answers()).containsExactly(a, a);
  }
}
