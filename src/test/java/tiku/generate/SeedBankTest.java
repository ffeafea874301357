package tiku.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tiku.model.Answer;
import tiku.model.Difficulty;
import tiku.model.Facts;
import tiku.model.Question;
import tiku.model.QuestionType;

/** The acceptance on the seed, checked against the seed's own text. */
class SeedBankTest {
  private static Facts facts;
  private static List<Question> bank;

  @BeforeAll
  static void generate() {
    facts = Banks.facts(Banks.SEED);
    bank = QuestionGenerator.generate(facts);
  }

  @Test
  void atLeast150QuestionsCoveringEveryTypePillarAndDifficulty() {
    assertThat(bank).hasSizeGreaterThanOrEqualTo(150);
    Set<QuestionType> types = EnumSet.noneOf(QuestionType.class);
    Set<Difficulty> difficulties = EnumSet.noneOf(Difficulty.class);
    Set<Integer> pillars = new HashSet<>();
    for (Question q : bank) {
      types.add(q.type());
      difficulties.add(q.difficulty());
      if (q.pillar() != null) {
        pillars.add(q.pillar());
      }
    }
    assertThat(types).containsExactlyInAnyOrder(QuestionType.values());
    assertThat(difficulties).containsExactlyInAnyOrder(Difficulty.values());
    assertThat(pillars).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
  }

  @Test
  void everyQuoteStandsInTheContentAndSupportsTheAnswer() {
    List<String> problems = new ArrayList<>();
    for (Question q : bank) {
      Grounding.problem(q, facts.document()).ifPresent(p -> problems.add(q.id() + " " + q.stem() + " → " + p));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyMultipleChoiceAnswerIsExactlyOneOfFourOrMoreDistinctOptions() {
    for (Question q : bank) {
      assertThat(new HashSet<>(q.options())).as(q.stem()).hasSameSizeAs(q.options());
      if (q.answer() instanceof Answer.Choice c) {
        assertThat(q.options()).as(q.stem()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(q.options().stream().filter(c.option()::equals)).as(q.stem()).hasSize(1);
      }
    }
  }

  @Test
  void nothingFromTheSignatureFooterOrUrls() {
    List<String> furniture = List.of("送別", "長亭外", "李叔同", "芳草碧連天", "馬來西亞", "批踢踢", "ptt.cc", "http", "發信站", "文章網址", "曾婷瑄", "陳承功");
    for (Question q : bank) {
      String all = q.stem() + q.options() + q.answer().display() + q.explanation() + q.source().quote();
      for (String f : furniture) {
        assertThat(all).as(q.id()).doesNotContain(f);
      }
    }
  }

  @Test
  void noStemGivesItsAnswerAway() {
    for (Question q : bank) {
      if (q.answer() instanceof Answer.Choice c) {
        assertThat(q.stem()).doesNotContain(c.option());
      } else if (q.answer() instanceof Answer.Blanks b) {
        b.texts().forEach(t -> assertThat(q.stem()).doesNotContain(t));
      }
    }
  }

  @Test
  void relativeTimeWordsAreAvoided() {
    for (Question q : bank) {
      assertThat(q.stem()).as(q.id()).doesNotContain("今年", "上個月", "本月", "日前", "去年");
      assertThat(q.stem()).as(q.id()).doesNotContainPattern("(?<![月0-9])(?<!月[0-9]{2}日至)[0-9]{1,2}日");
    }
  }

  @Test
  void noTwoQuestionsAskTheSameThing() {
    Set<String> ids = new HashSet<>();
    Set<String> asked = new HashSet<>();
    for (Question q : bank) {
      assertThat(ids.add(q.id())).as("unique id " + q.id()).isTrue();
      assertThat(asked.add(q.type() + q.stem() + q.answer().display())).as(q.stem()).isTrue();
    }
  }

  @Test
  void tagsNameFamilyTypePillarAndDifficulty() {
    for (Question q : bank) {
      assertThat(q.tags()).contains("family::" + q.family(), "type::" + q.type().id(), "difficulty::" + q.difficulty().id());
      if (q.pillar() != null) {
        assertThat(q.tags()).contains("pillar::" + q.pillar());
      }
      assertThat(q.explanation()).isNotBlank();
    }
  }
}
