package tiku.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tiku.model.Answer;
import tiku.model.Facts;
import tiku.model.Language;
import tiku.model.Question;

/** Documents no code was written for: every question grounded, in the document's language. */
class SharedDocumentsTest {
  @ParameterizedTest
  @ValueSource(strings = {"/work/shared/docs/05-us-uk-2021-en.txt", "/work/shared/docs/08-cn-uae-csp-2019-zh-hans.txt"})
  void aGroundedBankInTheDocumentsLanguage(String file) {
    Facts facts = Banks.facts(Path.of(file));
    List<Question> bank = QuestionGenerator.generate(facts);
    assertThat(bank).hasSizeGreaterThanOrEqualTo(15);
    List<String> problems = new ArrayList<>();
    for (Question q : bank) {
      Grounding.problem(q, facts.document()).ifPresent(p -> problems.add(q.stem() + " → " + p));
      if (q.answer() instanceof Answer.Choice c) {
        assertThat(q.options()).contains(c.option());
        assertThat(q.stem()).doesNotContain(c.option());
      }
      boolean cjk = q.stem().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
      assertThat(cjk).as(q.stem()).isEqualTo(facts.document().language().isChinese());
      if (facts.document().language() == Language.ZH_HANS) {
        // simplified wording, never the traditional templates
        assertThat(q.stem()).doesNotContain("依聯合聲明", "判斷正誤", "空格處", "屬於");
      }
    }
    assertThat(problems).isEmpty();
  }
}
