package tiku.render.anki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;
import tiku.model.ClozeStem;
import tiku.testing.SampleBanks;

class ClozeMarkupTest {
  /** Anki 2.1.15's cloze pattern (anki/template/template.py clozeReg), any cloze number. */
  private static final Pattern ANKI_CLOZE = Pattern.compile("(?si)\\{\\{c(\\d+)::(.*?)(::(.*?))?\\}\\}");

  @Test
  void numbersSeveralBlanksInOrder() {
    String text = ClozeMarkup.text(ClozeStem.parse("Both met ahead of the ____ Summit in ＿＿＿＿."), List.of("G7", "Cornwall"));
    assertThat(text).isEqualTo("Both met ahead of the {{c1::G7}} Summit in {{c2::Cornwall}}.");
    assertThat(clozes(text)).containsExactly(List.of("1", "G7"), List.of("2", "Cornwall"));
  }

  @Test
  void aHostileAnswerCannotCloseItsClozeOrOpenAnother() {
    String answer = "}}{{c2::x" + SampleBanks.HOSTILE + "::hint}}";
    String text = ClozeMarkup.text(ClozeStem.parse("Before ____ after {{c3::stem}} " + SampleBanks.HOSTILE), List.of(answer));
    List<List<String>> found = clozes(text);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).get(0)).isEqualTo("1");
    // what the card shows inside the cloze is the answer, character for character
    assertThat(HtmlEscape.unescapeHtml(found.get(0).get(1))).isEqualTo(answer);
    assertThat(text).doesNotContain("<script").doesNotContain("{{c2").doesNotContain("{{c3");
  }

  @Property(tries = 300)
  void anyAnswerGivesExactlyOneClozePerBlank(@ForAll @Size(min = 1, max = 3) List<@StringLength(max = 12) String> answers) {
    StringBuilder stem = new StringBuilder("a");
    for (int i = 0; i < answers.size(); i++) {
      stem.append(" ＿＿＿＿ b");
    }
    String text = ClozeMarkup.text(ClozeStem.parse(stem.toString()), answers);
    List<List<String>> found = clozes(text);
    assertThat(found).hasSize(answers.size());
    for (int i = 0; i < answers.size(); i++) {
      assertThat(found.get(i).get(0)).isEqualTo(String.valueOf(i + 1));
      String shown = HtmlEscape.unescapeHtml(found.get(i).get(1).replace("<br>", "\n"));
      String visible = answers.get(i).replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "");
      String expected = visible.isBlank() ? "…" : visible.replace("\r\n", "\n").replaceAll("[\r\u2028\u2029]", "\n");
      assertThat(shown).isEqualTo(expected);
    }
  }

  @Test
  void refusesAStemWhoseBlanksDoNotMatchTheAnswers() {
    assertThatThrownBy(() -> ClozeMarkup.text(ClozeStem.parse("one ____ only"), List.of("a", "b"))).isInstanceOf(IllegalArgumentException.class);
  }

  private static List<List<String>> clozes(String text) {
    List<List<String>> out = new ArrayList<>();
    Matcher m = ANKI_CLOZE.matcher(text);
    while (m.find()) {
      assertThat(m.group(3)).as("no hint part").isNull();
      out.add(List.of(m.group(1), m.group(2)));
    }
    return out;
  }
}
