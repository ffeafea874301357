package tiku.render.quizlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tiku.model.Answer;
import tiku.model.Question;
import tiku.model.QuestionBank;
import tiku.render.Labels;
import tiku.render.RenderJob;
import tiku.render.RenderOptions;
import tiku.render.RenderReport;
import tiku.testing.SampleBanks;

class QuizletRendererTest {
  @TempDir Path dir;

  /** A card as Quizlet's import reads it: a line, split at its one tab. */
  record Card(String term, String definition) {}

  private RenderReport render(QuestionBank bank, Path out) throws Exception {
    return new QuizletRenderer().report(new RenderJob(bank, bank.questions(), RenderOptions.defaults(), out));
  }

  private static List<Card> read(Path file) throws Exception {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("\r").endsWith("\n");
    List<Card> cards = new ArrayList<>();
    for (String line : text.substring(0, text.length() - 1).split("\n", -1)) {
      String[] f = line.split("\t", -1);
      assertThat(f).as("one tab in: " + line).hasSize(2);
      assertThat(f[0]).isNotBlank();
      assertThat(f[1]).isNotBlank();
      cards.add(new Card(f[0], f[1]));
    }
    return cards;
  }

  /** The cards a bank should give: one per question, one per matching pair. */
  private static int expectedCards(QuestionBank bank) {
    int n = 0;
    for (Question q : bank.questions()) {
      n += q.answer() instanceof Answer.Pairs p ? p.pairs().size() : 1;
    }
    return n;
  }

  @Test
  void everyQuestionBecomesCardsWithItsAnswerAndSource() throws Exception {
    QuestionBank bank = SampleBanks.chinese();
    RenderReport report = render(bank, dir);
    assertThat(report.files().get(0).getFileName().toString()).isEqualTo("uk-vietnam-2025-quizlet.tsv");
    assertThat(report.skipped()).isEmpty();
    List<Card> cards = read(report.files().get(0));
    assertThat(cards).hasSize(expectedCards(bank));
    Labels labels = Labels.of(bank.source().language());
    for (Question q : bank.questions()) {
      String clause = q.source().clause() != null ? labels.clause(q.source()) : labels.get("source.text");
      if (q.answer() instanceof Answer.Pairs pairs) {
        // acronym ↔ full name: each pair is a card of its own
        for (Answer.Pair p : pairs.pairs()) {
          // the quote names UKVFTA and CPTPP but not ASEAN or JETP: only their cards cite it
          boolean inQuote = q.source().quote().contains(p.left());
          assertThat(cards).anySatisfy(c -> {
            assertThat(c.term()).isEqualTo(p.left());
            assertThat(c.definition()).startsWith(p.right());
            assertThat(c.definition().contains(clause)).as(c.definition()).isEqualTo(inQuote);
          });
        }
        continue;
      }
      Card c = cards.stream().filter(x -> x.term().startsWith(q.stem())).findFirst().orElseThrow();
      assertThat(c.definition()).contains(clause);
      switch (q.type()) {
        case MULTIPLE_CHOICE -> assertThat(c.definition()).startsWith(((Answer.Choice) q.answer()).option());
        case TRUE_FALSE -> assertThat(c.definition()).startsWith(labels.get("false.word")).contains(q.explanation());
        // the cloze sentence keeps its blank on the front; the missing term is on the back
        case CLOZE -> {
          assertThat(c.term()).isEqualTo(q.stem());
          assertThat(c.definition()).startsWith(((Answer.Blanks) q.answer()).texts().get(0));
        }
        case ORDERING -> assertThat(c.definition()).startsWith(String.join(" → ", ((Answer.Sequence) q.answer()).items()));
        default -> throw new AssertionError();
      }
    }
  }

  @Test
  void hostileTextStaysTextOnOneLinePerCard() throws Exception {
    QuestionBank bank = SampleBanks.hostile();
    List<Card> cards = read(render(bank, dir).files().get(0));
    assertThat(cards).hasSize(expectedCards(bank));
    Question mc = bank.questions().get(0);
    Card c = cards.get(0);
    // no quoting and no formula guard: Quizlet imports the text exactly as the document has it
    assertThat(c.term()).isEqualTo(mc.stem());
    assertThat(c.definition()).startsWith(((Answer.Choice) mc.answer()).option());
    assertThat(cards.get(1).term()).isEqualTo(SampleBanks.HOSTILE);
    // "Tab\tand\nnewline" in the explanation: the tab and the line break are spaces now
    assertThat(cards.get(1).definition()).doesNotContain("\t", "\n");
    assertThat(cards).anySatisfy(x -> assertThat(x.term()).isEqualTo("@l2"));
    assertThat(cards).anySatisfy(x -> assertThat(x.definition()).startsWith("r4 {x}"));
  }

  @Test
  void tabsAndLineBreaksInsideTextBecomeSpaces() throws Exception {
    QuestionBank base = SampleBanks.english();
    Question tf = base.questions().get(0);
    Question messy = new Question("messy", tf.type(), tf.family(), "Line one\r\nline two\tand\u2028three", tf.options(),
        tf.answer(), "Because\n\nof this.", tf.difficulty(), tf.pillar(), tf.tags(), tf.status(), tf.source());
    List<Card> cards = read(render(base.withQuestions(List.of(messy)), dir).files().get(0));
    assertThat(cards).containsExactly(new Card("Line one line two and three",
        "True: Because of this. (Text: \u201cThe President and the\u2026\u201d)"));
  }

  @Test
  void optionsStayOnTheCardOnlyWhenTheQuestionPointsAtThem() {
    assertThat(QuizletCards.pointsAtOptions("聲明第5條沒有提到下列哪一項公約？")).isTrue();
    assertThat(QuizletCards.pointsAtOptions("Which of the following is not named?")).isTrue();
    assertThat(QuizletCards.pointsAtOptions("依聯合聲明，越南與英國於哪一年建立外交關係？")).isFalse();
  }

  @Test
  void seedDocumentBankGivesACardPerQuestionOrPair() throws Exception {
    QuestionBank bank = tiku.testing.SeedQuestions.bank();
    RenderReport report = render(bank, dir);
    assertThat(report.skipped()).isEmpty();
    List<Card> cards = read(report.files().get(0));
    // repeated cards (the same pair asked twice) are written once
    assertThat(cards).doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(expectedCards(bank));
    for (Question q : bank.questions()) {
      if (q.type() == tiku.model.QuestionType.CLOZE) {
        assertThat(cards).anySatisfy(c -> assertThat(c.term()).isEqualTo(tiku.render.SingleLine.of(q.stem())));
      }
    }
  }

}
