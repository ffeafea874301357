package tiku.render.gift;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tiku.model.Answer;
import tiku.model.ClozeStem;
import tiku.model.Question;
import tiku.model.QuestionBank;
import tiku.model.QuestionType;
import tiku.render.Labels;
import tiku.render.RenderJob;
import tiku.render.RenderOptions;
import tiku.render.RenderReport;
import tiku.testing.SampleBanks;

class GiftRendererTest {
  @TempDir Path dir;

  private RenderReport render(QuestionBank bank, Path out) throws Exception {
    return new GiftRenderer().report(new RenderJob(bank, bank.questions(), RenderOptions.defaults(), out));
  }

  /** Questions by id, categories under the key "$CATEGORY n". */
  private static Map<String, JsonNode> byId(JsonNode parsed) {
    Map<String, JsonNode> m = new TreeMap<>();
    int c = 0;
    for (JsonNode q : parsed) {
      m.put(q.path("type").asText().equals("Category") ? "$CATEGORY " + c++ : q.path("id").asText(), q);
    }
    return m;
  }

  @Test
  void chineseBankParsesBackWithEveryKeyOptionAndFeedback() throws Exception {
    GiftPegjs.assumeAvailable();
    QuestionBank bank = SampleBanks.chinese();
    RenderReport report = render(bank, dir);
    Path file = report.files().get(0);
    assertThat(file.getFileName().toString()).isEqualTo("uk-vietnam-2025.gift.txt");

    Map<String, JsonNode> parsed = byId(GiftPegjs.parse(file));
    List<String> expectedIds = new ArrayList<>();
    for (Question q : bank.questions()) {
      if (q.type() != QuestionType.ORDERING) {
        expectedIds.add(q.id());
      }
    }
    assertThat(parsed.keySet().stream().filter(k -> !k.startsWith("$")).toList())
        .containsExactlyInAnyOrderElementsOf(expectedIds);
    assertThat(report.skipped()).extracting(s -> s.questionId()).containsExactly("zh-order-1");
    assertThat(report.skipped().get(0).reason()).contains("ordering");

    Labels labels = Labels.of(bank.source().language());
    for (Question q : bank.questions()) {
      JsonNode g = parsed.get(q.id());
      if (g == null) {
        continue;
      }
      assertThat(g.path("title").asText()).startsWith(q.id() + " ").contains(q.stem().substring(0, 8));
      assertThat(g.path("stem").path("format").asText()).isEqualTo("plain");
      assertTags(q, g);
      assertFeedback(q, g, labels);
      switch (q.type()) {
        case TRUE_FALSE -> {
          assertThat(g.path("type").asText()).isEqualTo("TF");
          assertThat(g.path("stem").path("text").asText()).isEqualTo(q.stem());
          assertThat(g.path("isTrue").asBoolean()).isEqualTo(((Answer.Truth) q.answer()).value());
        }
        case MULTIPLE_CHOICE -> assertChoices(q, g);
        case CLOZE -> assertCloze(q, g);
        case MATCHING -> assertMatching(q, g);
        default -> throw new AssertionError(q.type());
      }
    }
    // categories as the Moodle XML export makes them: deck/pillar, and deck/其他 outside the pillars
    List<String> categories = parsed.entrySet().stream().filter(e -> e.getKey().startsWith("$"))
        .map(e -> e.getValue().path("title").asText()).toList();
    assertThat(categories).containsExactlyInAnyOrder(
        "$course$/top/uk-vietnam-2025/其他", "$course$/top/uk-vietnam-2025/二、加強經濟、貿易、投資與金融合作");
  }

  @Test
  void englishBankReportsWhatGiftCannotHold() throws Exception {
    GiftPegjs.assumeAvailable();
    QuestionBank bank = SampleBanks.english();
    RenderReport report = render(bank, dir);
    // a two-blank cloze and an ordering question have no GIFT form: reported, and named in the file
    assertThat(report.skipped()).extracting(s -> s.questionId()).containsExactly("en-cloze-1", "en-order-1");
    assertThat(report.skipped().get(0).reason()).contains("one blank").contains("moodle-xml");
    String text = Files.readString(report.files().get(0));
    assertThat(text).contains("// not included: en-cloze-1:", "// not included: en-order-1:");

    Map<String, JsonNode> parsed = byId(GiftPegjs.parse(report.files().get(0)));
    assertThat(parsed.keySet().stream().filter(k -> !k.startsWith("$")).toList())
        .containsExactlyInAnyOrder("en-tf-1", "en-mc-1", "en-match-1");
    assertMatching(bank.questions().get(3), parsed.get("en-match-1"));
    assertFeedback(bank.questions().get(1), parsed.get("en-mc-1"), Labels.of(bank.source().language()));
  }

  @Test
  void hostileTextSurvivesAsText() throws Exception {
    GiftPegjs.assumeAvailable();
    QuestionBank bank = SampleBanks.hostile();
    RenderReport report = render(bank, dir);
    Path file = report.files().get(0);
    // the deck name "../evil deck/CON" names a file inside the output folder, never outside
    assertThat(file.getParent()).isEqualTo(dir);
    Map<String, JsonNode> parsed = byId(GiftPegjs.parse(file));
    Labels labels = Labels.of(bank.source().language());
    assertThat(report.skipped()).extracting(s -> s.questionId()).containsExactly("evil-order");
    for (Question q : bank.questions()) {
      if (q.type() == QuestionType.ORDERING) {
        assertThat(parsed).doesNotContainKey(q.id());
        continue;
      }
      JsonNode g = parsed.get(q.id());
      assertThat(g).as(q.id()).isNotNull();
      assertFeedback(q, g, labels);
      switch (q.type()) {
        case TRUE_FALSE -> assertThat(g.path("stem").path("text").asText()).isEqualTo(q.stem());
        case MULTIPLE_CHOICE -> assertChoices(q, g);
        case CLOZE -> assertCloze(q, g);
        case MATCHING -> assertMatching(q, g);
        default -> throw new AssertionError();
      }
    }
    assertThat(parsed.get("evil-tf").path("stem").path("text").asText()).contains("{a} #b =c ~d :e \\ f", "<script>", "&");
    // the slash in the deck name is doubled, as Moodle writes it, so it is not a sub-category
    assertThat(Files.readString(file)).contains("$CATEGORY: $course$/top/..//evil deck//CON/1. <b>Pillar<//b> & \"one\"\n");
  }

  @Test
  void clozeBlanksAtTheStartMiddleAndEndKeepTheirTextAndAnswer() throws Exception {
    GiftPegjs.assumeAvailable();
    QuestionBank base = SampleBanks.hostile();
    String nasty = "{a} #b =c ~d :e \\ f <b>&amp; 中文 // [html] %50%";
    List<Question> qs = List.of(
        cloze("mid", "Before ＿＿＿＿ after " + nasty, "}}{{c2::x " + nasty),
        cloze("end", "「越英」" + nasty + " ＿＿＿＿", "%10% " + nasty),
        cloze("start", "＿＿＿＿ starts " + nasty, "[html]<i>x</i>"),
        cloze("comment", "雙方同意通過「＿＿＿＿」// 加強合作", "越南-英國國際金融中心夥伴關係"));
    QuestionBank bank = base.withQuestions(qs);
    RenderReport report = render(bank, dir);
    assertThat(report.skipped()).isEmpty();
    Map<String, JsonNode> parsed = byId(GiftPegjs.parse(report.files().get(0)));
    for (Question q : qs) {
      assertThat(parsed.get(q.id())).as(q.id()).isNotNull();
      JsonNode g = parsed.get(q.id());
      if (g.path("hasEmbeddedAnswers").asBoolean()) {
        assertCloze(q, g);
      } else {
        // a blank with no text after it (or before it) stays in the question text as written
        assertThat(g.path("stem").path("text").asText()).isEqualTo(q.stem());
        assertThat(g.path("choices").get(0).path("text").path("text").asText())
            .isEqualTo(((Answer.Blanks) q.answer()).texts().get(0));
      }
      assertFeedback(q, g, Labels.of(bank.source().language()));
    }
    assertThat(parsed.get("mid").path("hasEmbeddedAnswers").asBoolean()).isTrue();
  }

  @Test
  void clozeWhoseBlanksAndAnswersDisagreeIsReported() throws Exception {
    QuestionBank bank = SampleBanks.hostile().withQuestions(List.of(cloze("odd", "a ___ b ___ c", "x")));
    RenderReport report = render(bank, dir);
    assertThat(report.skipped()).hasSize(1);
    assertThat(report.skipped().get(0).reason()).contains("2 blanks", "1 answers");
  }

  private static Question cloze(String id, String stem, String answer) {
    return new Question(id, QuestionType.CLOZE, "term", stem, List.of(), Answer.Blanks.of(answer), "Why: " + answer,
        tiku.model.Difficulty.HARD, null, List.of("family::term"), tiku.model.Status.NEW,
        new tiku.model.QuestionSource(2, "2", "quote " + answer));
  }

  @Test
  void seedDocumentBankParsesBack() throws Exception {
    QuestionBank bank = tiku.testing.SeedQuestions.bank();
    GiftPegjs.assumeAvailable();
    RenderReport report = render(bank, dir);
    Map<String, JsonNode> parsed = byId(GiftPegjs.parse(report.files().get(0)));
    List<String> skipped = report.skipped().stream().map(s -> s.questionId()).toList();
    Labels labels = Labels.of(bank.source().language());
    int seen = 0;
    for (Question q : bank.questions()) {
      if (skipped.contains(q.id())) {
        assertThat(parsed).doesNotContainKey(q.id());
        continue;
      }
      JsonNode g = parsed.get(q.id());
      assertThat(g).as(q.id()).isNotNull();
      assertFeedback(q, g, labels);
      if (q.type() == QuestionType.MULTIPLE_CHOICE) {
        assertChoices(q, g);
      } else if (q.type() == QuestionType.MATCHING) {
        assertMatching(q, g);
      }
      seen++;
    }
    assertThat(parsed.keySet().stream().filter(k -> !k.startsWith("$"))).hasSize(seen);
    assertThat(bank.questions().stream().filter(q -> q.type() == QuestionType.ORDERING).map(Question::id))
        .allMatch(skipped::contains);
  }

  @Test
  void linesEndInLineFeedsAndTheFileOpensWithAComment() throws Exception {
    Path a = render(SampleBanks.chinese(), dir).files().get(0);
    String text = new String(Files.readAllBytes(a), StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("\r").startsWith("// ");
  }

  private static void assertTags(Question q, JsonNode g) {
    List<String> tags = new ArrayList<>();
    g.path("tags").forEach(t -> tags.add(t.asText()));
    assertThat(tags).containsAll(q.tags());
    assertThat(tags).contains(q.type().id(), q.difficulty().id());
    if (q.pillar() != null) {
      assertThat(tags).contains("pillar-" + q.pillar());
    }
  }

  private static void assertFeedback(Question q, JsonNode g, Labels labels) {
    String fb = g.path("globalFeedback").path("text").asText();
    assertThat(fb).startsWith(q.explanation().strip());
    assertThat(fb).contains(labels.clause(q.source()), q.source().quote());
  }

  private static void assertChoices(Question q, JsonNode g) {
    assertThat(g.path("type").asText()).isEqualTo("MC");
    assertThat(g.path("stem").path("text").asText()).isEqualTo(q.stem());
    List<String> texts = new ArrayList<>();
    List<String> correct = new ArrayList<>();
    for (JsonNode c : g.path("choices")) {
      texts.add(c.path("text").path("text").asText());
      if (c.path("isCorrect").asBoolean()) {
        correct.add(c.path("text").path("text").asText());
      }
    }
    assertThat(texts).containsExactlyElementsOf(q.options());
    assertThat(correct).containsExactly(((Answer.Choice) q.answer()).option());
  }

  private static void assertCloze(Question q, JsonNode g) {
    assertThat(g.path("type").asText()).isEqualTo("Short");
    List<String> seg = ClozeStem.parse(q.stem()).segments();
    String stem = g.path("stem").path("text").asText();
    // the reader puts its own "_____" where the answer block stood, with spaces around it
    assertThat(stem.replace(" ", "")).isEqualTo((seg.get(0) + "_____" + seg.get(1)).replace(" ", ""));
    assertThat(g.path("choices")).hasSize(1);
    assertThat(g.path("choices").get(0).path("text").path("text").asText())
        .isEqualTo(((Answer.Blanks) q.answer()).texts().get(0));
  }

  private static void assertMatching(Question q, JsonNode g) {
    assertThat(g.path("type").asText()).isEqualTo("Matching");
    assertThat(g.path("stem").path("text").asText()).isEqualTo(q.stem());
    List<String> pairs = new ArrayList<>();
    List<String> distractors = new ArrayList<>();
    for (JsonNode p : g.path("matchPairs")) {
      String left = p.path("subquestion").path("text").asText();
      if (left.isEmpty()) {
        distractors.add(p.path("subanswer").asText());
      } else {
        pairs.add(left + " -> " + p.path("subanswer").asText());
      }
    }
    List<Answer.Pair> key = ((Answer.Pairs) q.answer()).pairs();
    assertThat(pairs).containsExactlyElementsOf(key.stream().map(p -> p.left() + " -> " + p.right()).toList());
    List<String> extra = new ArrayList<>(q.options());
    extra.removeAll(key.stream().map(Answer.Pair::right).toList());
    assertThat(distractors).containsExactlyElementsOf(extra);
  }
}
