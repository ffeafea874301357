package tiku.bank;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tiku.model.Answer;
import tiku.model.Question;
import tiku.model.QuestionBank;
import tiku.model.QuestionSource;
import tiku.testing.SampleBanks;

/**
 * bank.json is streamed event by event; the bytes must stay those of the tree (BankTrees) serialised
 * with the bank's pretty printer, which is how banks were written before and what stored banks hold.
 */
class BankJsonStreamingTest {
  private static String viaTree(QuestionBank bank) throws Exception {
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    return BankJson.MAPPER.writer(pp).writeValueAsString(BankTrees.bank(bank)) + "\n";
  }

  @Test
  void streamedBytesAreTheTreesBytes() throws Exception {
    for (QuestionBank bank : List.of(SampleBanks.chinese(), SampleBanks.english(), SampleBanks.hostile(), withNullsAndEmpties())) {
      assertThat(BankJson.toJson(bank)).isEqualTo(viaTree(bank));
    }
  }

  /** Null pillar and clause, empty options and tags, several blanks: the printer's edge cases. */
  private static QuestionBank withNullsAndEmpties() {
    QuestionBank base = SampleBanks.english();
    List<Question> qs = new ArrayList<>();
    for (Question q : base.questions()) {
      qs.add(new Question(q.id(), q.type(), q.family(), q.stem(), List.of(), q.answer(), q.explanation(), q.difficulty(),
          null, List.of(), q.status(), new QuestionSource(null, null, q.source().quote())));
      if (q.answer() instanceof Answer.Blanks) {
        qs.add(new Question(q.id() + "b", q.type(), q.family(), q.stem() + " ＿＿＿＿", q.options(),
            new Answer.Blanks(List.of("a", "b")), q.explanation(), q.difficulty(), 2, q.tags(), q.status(), q.source()));
      }
    }
    return base.withQuestions(qs);
  }
}
