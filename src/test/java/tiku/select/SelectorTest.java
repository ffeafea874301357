package tiku.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tiku.model.Difficulty;
import tiku.model.Question;
import tiku.model.QuestionBank;
import tiku.model.QuestionType;
import tiku.model.Status;
import tiku.testing.SampleBanks;

class SelectorTest {
  private final QuestionBank bank = SampleBanks.chinese();

  private static Selection sel(List<String> pillars, List<Difficulty> d, List<QuestionType> t, Integer count, long seed) {
    return new Selection(pillars, d, t, List.of(), count, seed);
  }

  @Test
  void filtersCombineWithAnd() {
    List<Question> qs = Selector.select(bank, sel(List.of("2"), List.of(Difficulty.HARD), List.of(), null, 1));
    assertThat(qs).isNotEmpty().allMatch(q -> q.pillar() == 2 && q.difficulty() == Difficulty.HARD);
    assertThat(qs).hasSize((int) bank.questions().stream().filter(q -> Integer.valueOf(2).equals(q.pillar()) && q.difficulty() == Difficulty.HARD).count());
  }

  @Test
  void pillarByHeadingTextOrLabel() {
    assertThat(Selector.select(bank, sel(List.of("經濟"), List.of(), List.of(), null, 1))).allMatch(q -> q.pillar() == 2);
    assertThat(Selector.select(bank, sel(List.of("二"), List.of(), List.of(), null, 1))).allMatch(q -> q.pillar() == 2);
  }

  @Test
  void unknownPillarListsThePillars() {
    assertThatThrownBy(() -> Selector.select(bank, sel(List.of("9"), List.of(), List.of(), null, 1)))
        .isInstanceOf(Selector.UnknownPillarException.class)
        .hasMessageContaining("1 加強政治、外交、國防與安全合作")
        .hasMessageContaining("2 加強經濟、貿易、投資與金融合作");
  }

  @Test
  void rejectedAreNeverSelected() {
    List<Question> qs = new ArrayList<>(bank.questions());
    qs.set(0, qs.get(0).withStatus(Status.REJECTED));
    QuestionBank b = bank.withQuestions(qs);
    assertThat(Selector.select(b, Selection.all())).extracting(Question::id).doesNotContain(qs.get(0).id());
    assertThat(Selector.select(b, new Selection(List.of(), List.of(), List.of(), List.of(Status.REJECTED), null, 1))).isEmpty();
  }

  @Test
  void countSamplesWithTheSeedAndSpreadsTypes() {
    List<Question> a = Selector.select(bank, sel(List.of(), List.of(), List.of(), 4, 7));
    List<Question> b = Selector.select(bank, sel(List.of(), List.of(), List.of(), 4, 7));
    assertThat(a).hasSize(4).isEqualTo(b);
    assertThat(a.stream().map(Question::type).distinct().count()).isEqualTo(4);
    boolean anyDifferent = false;
    for (long seed = 1; seed < 20 && !anyDifferent; seed++) {
      anyDifferent = !Selector.select(bank, sel(List.of(), List.of(), List.of(), 2, seed)).equals(Selector.select(bank, sel(List.of(), List.of(), List.of(), 2, 0)));
    }
    assertThat(anyDifferent).isTrue();
  }

  @Test
  void formsHoldTheSameQuestionsAndKeepKeysValid() {
    List<Question> a = FormShuffler.form(bank.questions(), "A", 3);
    List<Question> b = FormShuffler.form(bank.questions(), "B", 3);
    assertThat(a).extracting(Question::id).containsExactlyInAnyOrderElementsOf(bank.questions().stream().map(Question::id).toList());
    assertThat(b).extracting(Question::id).containsExactlyInAnyOrderElementsOf(a.stream().map(Question::id).toList());
    for (Question q : a) {
      if (q.answer() instanceof tiku.model.Answer.Choice c) {
        assertThat(q.options()).contains(c.option());
      }
    }
    assertThat(a).isEqualTo(FormShuffler.form(bank.questions(), "A", 3));
    // types stay grouped in worksheet order
    List<QuestionType> types = a.stream().map(Question::type).toList();
    assertThat(types).isSortedAccordingTo(java.util.Comparator.naturalOrder());
  }

  @Test
  void countSpreadsOverFamiliesWithinAType() {
    List<Question> many = new ArrayList<>();
    Question base = bank.questions().get(1);
    for (int i = 0; i < 30; i++) {
      String family = i < 24 ? "pillar" : i < 27 ? "year" : "agreement";
      many.add(new Question("q" + i, base.type(), family, base.stem() + i, base.options(), base.answer(), "", base.difficulty(),
          null, List.of(), Status.NEW, base.source()));
    }
    List<Question> picked = Selector.select(bank.withQuestions(many), sel(List.of(), List.of(), List.of(), 6, 3));
    assertThat(picked).hasSize(6);
    assertThat(picked.stream().map(Question::family).distinct()).containsExactlyInAnyOrder("pillar", "year", "agreement");
  }
}
