package tiku.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tiku.model.Agreement;
import tiku.model.Answer;
import tiku.model.Facts;
import tiku.model.Question;
import tiku.model.QuestionType;

/** Distractors: same kind, never the key, never an alias of the key, never one the clause also names. */
class DistractorRulesTest {
  private static Facts facts;
  private static List<Question> bank;

  @BeforeAll
  static void generate() {
    facts = HandFacts.seed();
    bank = QuestionGenerator.generate(facts);
  }

  @Test
  void noAliasOfTheKeyAmongTheOptions() {
    for (Question q : bank) {
      if (!(q.answer() instanceof Answer.Choice c)) {
        continue;
      }
      for (Agreement a : facts.agreements()) {
        if (a.allNames().contains(c.option())) {
          long named = q.options().stream().filter(a.allNames()::contains).count();
          assertThat(named).as(q.stem() + " " + q.options()).isEqualTo(1);
        }
      }
      // the news's 英越自由貿協定 and the statement's 越南-英國自由貿易協定 are one agreement
      if (c.option().equals("英越自由貿協定")) {
        assertThat(q.options()).doesNotContain("越南-英國自由貿易協定");
      }
    }
  }

  @Test
  void noRepeatedOptionsAndAtLeastThreeDistractors() {
    for (Question q : bank) {
      assertThat(new HashSet<>(q.options())).hasSameSizeAs(q.options());
      if (q.type() == QuestionType.MULTIPLE_CHOICE) {
        assertThat(q.options()).hasSizeGreaterThanOrEqualTo(4);
      }
    }
  }

  @Test
  void aDistractorIsNeverNamedInTheQuotedClause() {
    for (Question q : bank) {
      if (q.type() != QuestionType.MULTIPLE_CHOICE || !q.family().matches("agreement|organization") || Grounding.isAbsent(q)
          || Grounding.isPillarOf(q)) {
        continue;
      }
      String key = ((Answer.Choice) q.answer()).option();
      String clause = q.source().clause() == null ? q.source().quote()
          : facts.document().clause(q.source().clause()).orElseThrow().text();
      for (String o : q.options()) {
        if (!o.equals(key)) {
          assertThat(clause).as(q.stem() + " option " + o).doesNotContain(o);
        }
      }
    }
  }

  @Test
  void yearDistractorsAreOtherYearsTheDocumentStates() {
    String content = facts.document().content();
    for (Question q : bank) {
      if (q.family().equals("year") && q.type() == QuestionType.MULTIPLE_CHOICE) {
        for (String o : q.options()) {
          assertThat(o).matches("[0-9]{4}");
          assertThat(content).contains(o);
        }
      }
    }
  }

  @Test
  void aFalsePartyStatementIsNotMadeTrueElsewhere() {
    for (Question q : bank) {
      if (q.family().equals("party") && q.answer() instanceof Answer.Truth t && !t.value()) {
        String statement = q.stem().substring(q.stem().indexOf('，') + 1).replaceAll("。$", "");
        assertThat(facts.document().content()).doesNotContain(statement);
      }
    }
  }

  @Test
  void thereAreDistractorChecksToRun() {
    assertThat(bank.stream().filter(q -> q.family().equals("agreement") && q.type() == QuestionType.MULTIPLE_CHOICE)).hasSizeGreaterThan(5);
  }
}
