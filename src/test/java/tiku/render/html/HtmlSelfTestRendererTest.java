package tiku.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tiku.model.Answer;
import tiku.model.ClozeStem;
import tiku.model.Language;
import tiku.model.Question;
import tiku.model.QuestionBank;
import tiku.render.Labels;
import tiku.render.RenderJob;
import tiku.render.RenderOptions;
import tiku.testing.SampleBanks;

/** The self-test file as written: its name, language, escaping, hidden answers and determinism. */
class HtmlSelfTestRendererTest {
  @TempDir Path dir;

  private Path render(QuestionBank bank, RenderOptions options, String sub) throws Exception {
    List<Path> out = new HtmlSelfTestRenderer().render(new RenderJob(bank, bank.questions(), options, dir.resolve(sub)));
    assertThat(out).hasSize(1);
    return out.get(0);
  }

  private static Document parse(Path page) throws Exception {
    return Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
  }

  private static JsonNode data(Document doc) throws Exception {
    return new ObjectMapper().readTree(doc.getElementById("tiku-data").data());
  }

  @Test
  void writesOneSafelyNamedFileInTheOutputFolder() throws Exception {
    Path page = render(SampleBanks.hostile(), RenderOptions.defaults(), "out");
    assertThat(page.getParent()).isEqualTo(dir.resolve("out"));
    assertThat(page.getFileName().toString()).endsWith("-selftest.html").doesNotContain("..", "/", " ");
    try (Stream<Path> files = Files.list(dir.resolve("out"))) {
      assertThat(files.toList()).containsExactly(page);
    }
    assertThat(new HtmlSelfTestRenderer().format()).isEqualTo("html");
  }

  @Test
  void sameSeedGivesTheSameBytesAndAnotherSeedAnotherOrder() throws Exception {
    QuestionBank bank = SampleBanks.chinese();
    byte[] a = Files.readAllBytes(render(bank, RenderOptions.defaults().withSeed(7), "a"));
    byte[] b = Files.readAllBytes(render(bank, RenderOptions.defaults().withSeed(7), "b"));
    byte[] c = Files.readAllBytes(render(bank, RenderOptions.defaults().withSeed(8), "c"));
    assertThat(a).isEqualTo(b);
    assertThat(c).isNotEqualTo(a);
  }

  @Test
  void everyQuestionIsShownWithTheControlsOfItsTypeAndItsOptionsShuffledNotLost() throws Exception {
    QuestionBank bank = SampleBanks.chinese();
    Document doc = parse(render(bank, RenderOptions.defaults().withSeed(3), "types"));
    for (Question q : bank.questions()) {
      Element li = doc.selectFirst("li.question[data-qid=" + q.id() + "]");
      assertThat(li).as(q.id()).isNotNull();
      assertThat(li.attr("data-type")).isEqualTo(q.type().id());
      assertThat(li.selectFirst("fieldset > legend")).isNotNull();
      switch (q.type()) {
        case TRUE_FALSE -> assertThat(li.select("input[type=radio]")).hasSize(2);
        case MULTIPLE_CHOICE -> {
          assertThat(li.select("input[type=radio]")).hasSize(q.options().size());
          assertThat(li.select("label.choice > span:not(.letter)").eachText()).containsExactlyInAnyOrderElementsOf(q.options());
        }
        case CLOZE -> {
          assertThat(li.select("input.blank")).hasSize(ClozeStem.parse(q.stem()).blanks());
          assertThat(li.select("input.blank").eachAttr("aria-label")).allSatisfy(a -> assertThat(a).isNotBlank());
        }
        case MATCHING -> {
          List<Answer.Pair> pairs = ((Answer.Pairs) q.answer()).pairs();
          assertThat(li.select(".pair select")).hasSize(pairs.size());
          for (Element pair : li.select(".pair")) {
            // each menu has a visible label tied to it
            assertThat(pair.selectFirst("label").attr("for")).isEqualTo(pair.selectFirst("select").id());
            assertThat(pair.select("option:not([value=''])").eachText()).containsExactlyInAnyOrderElementsOf(q.options());
          }
        }
        case ORDERING -> {
          List<String> shown = li.select(".order-text").eachText();
          assertThat(shown).containsExactlyInAnyOrderElementsOf(q.options());
          assertThat(shown).isNotEqualTo(((Answer.Sequence) q.answer()).items());
          assertThat(li.select("button.move[aria-label]")).hasSize(2 * q.options().size());
        }
      }
    }
  }

  @Test
  void labelsAreInTheDocumentsLanguageUnlessOverridden() throws Exception {
    QuestionBank zh = SampleBanks.chinese();
    Labels zhLabels = Labels.load(HtmlSelfTestRenderer.class, Language.ZH_HANT);
    Document doc = parse(render(zh, RenderOptions.defaults(), "zh"));
    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("zh-Hant");
    assertThat(doc.select("button.check").eachText()).containsOnly(zhLabels.get("html.check"));
    assertThat(doc.selectFirst("h1").text()).isEqualTo(zh.source().title());
    assertThat(doc.select("li.question form[lang]")).isEmpty();

    Document en = parse(render(zh, RenderOptions.defaults().withLanguage(Language.EN), "en"));
    assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(en.select("button.check").eachText()).containsOnly("Check answer");
    // the questions stay in Chinese, and say so to screen readers and fonts
    assertThat(en.select("li.question form").eachAttr("lang")).hasSize(zh.questions().size()).containsOnly("zh-Hant");

    Document hans = parse(render(zh, RenderOptions.defaults().withLanguage(Language.ZH_HANS), "hans"));
    assertThat(hans.selectFirst("html").attr("lang")).isEqualTo("zh-Hans");
    assertThat(hans.select("button.check").eachText()).containsOnly("对答案");
  }

  @Test
  void hostileTextIsEscapedEverywhere() throws Exception {
    QuestionBank bank = SampleBanks.hostile();
    Path page = render(bank, RenderOptions.defaults(), "evil");
    Document doc = parse(page);
    assertThat(doc.select("script")).hasSize(2);
    assertThat(doc.select("img, iframe, object, embed, b, i")).isEmpty();
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).as("event handler on <" + e.tagName() + ">").doesNotStartWith("on");
      }
    }
    assertThat(doc.title()).contains(bank.source().title());
    Question tf = bank.questions().stream().filter(q -> q.id().equals("evil-tf")).findFirst().orElseThrow();
    assertThat(doc.selectFirst("li[data-qid=evil-tf] .stem").text()).isEqualTo(tf.stem());
    assertThat(doc.select("select[data-filter=pillar] option").eachText()).contains("1. " + bank.source().pillars().get(0).heading());

    String json = doc.getElementById("tiku-data").data();
    assertThat(json).doesNotContain("<", ">", "&");
    JsonNode data = data(doc);
    for (Question q : bank.questions()) {
      JsonNode key = find(data, q.id());
      assertThat(key.get("explanation").asText()).isEqualTo(q.explanation());
      assertThat(key.get("quote").asText()).isEqualTo(q.source().quote());
    }
    assertThat(find(data, "evil-cloze").get("correct").get(0).asText())
        .isEqualTo(((Answer.Blanks) bank.questions().get(2).answer()).texts().get(0));
  }

  @Test
  void answersExplanationsAndSourcesAreNotInThePageTextBeforeAnswering() throws Exception {
    for (QuestionBank bank : List.of(SampleBanks.chinese(), SampleBanks.english())) {
      Document doc = parse(render(bank, RenderOptions.defaults(), bank.deck()));
      String text = doc.body().text(); // jsoup leaves script contents out of text()
      for (Question q : bank.questions()) {
        assertThat(text).as(q.id()).doesNotContain(q.explanation());
        // a quote may be asked about in the open (a "which pillar" stem quotes its clause)
        if (!shownAnyway(bank, q.source().quote())) {
          assertThat(text).as(q.id()).doesNotContain(q.source().quote());
        }
        if (q.answer() instanceof Answer.Blanks b) {
          b.texts().stream().filter(t -> !shownAnyway(bank, t)).forEach(t -> assertThat(text).doesNotContain(t));
        }
      }
      assertThat(doc.select(".is-key, .is-ok, .feedback *")).isEmpty();
      // nor in any attribute, where a look at the page source would find them
      List<String> attrs = new ArrayList<>();
      doc.getAllElements().forEach(e -> e.attributes().forEach(a -> attrs.add(a.getValue())));
      for (Question q : bank.questions()) {
        assertThat(attrs).noneMatch(v -> v.contains(q.explanation()));
      }
    }
  }

  @Test
  void thePageNamesNoNetworkAddressAndLoadsNothing() throws Exception {
    for (QuestionBank bank : List.of(SampleBanks.chinese(), SampleBanks.english())) {
      Path page = render(bank, RenderOptions.defaults(), "net-" + bank.deck());
      String html = Files.readString(page, StandardCharsets.UTF_8);
      assertThat(html).doesNotContainIgnoringCase("http:").doesNotContainIgnoringCase("https:").doesNotContain("//cdn");
      Document doc = Jsoup.parse(html);
      assertThat(doc.select("[src], link, img, iframe, object, embed, base")).isEmpty();
      assertThat(doc.select("a[href]").eachAttr("href")).allSatisfy(h -> assertThat(h).startsWith("#"));
      assertThat(doc.select("style")).hasSize(1);
      assertThat(doc.selectFirst("style").data()).doesNotContain("url(", "@import");
    }
  }

  @Test
  void progressIsKeptUnderAKeyOfTheDeckAndItsQuestions() throws Exception {
    QuestionBank bank = SampleBanks.chinese();
    String all = data(parse(render(bank, RenderOptions.defaults(), "k1"))).get("storageKey").asText();
    String again = data(parse(render(bank, RenderOptions.defaults().withSeed(99), "k2"))).get("storageKey").asText();
    QuestionBank fewer = bank.withQuestions(bank.questions().subList(0, 3));
    String other = data(parse(render(fewer, RenderOptions.defaults(), "k3"))).get("storageKey").asText();
    assertThat(all).startsWith("tiku-selftest:" + bank.deck() + ":").isEqualTo(again).isNotEqualTo(other);
  }

  @Test
  void aQuestionThePageCouldNotMarkIsReportedAndTheRestRendered() throws Exception {
    QuestionBank bank = SampleBanks.english();
    List<Question> qs = new ArrayList<>(bank.questions());
    Question mc = qs.get(1);
    Question cloze = qs.get(2);
    qs.set(1, new Question(mc.id(), mc.type(), mc.family(), mc.stem(), mc.options(), new Answer.Choice("not an option"),
        mc.explanation(), mc.difficulty(), mc.pillar(), mc.tags(), mc.status(), mc.source()));
    qs.set(2, new Question(cloze.id(), cloze.type(), cloze.family(), "Only one ____ here.", List.of(), cloze.answer(),
        cloze.explanation(), cloze.difficulty(), cloze.pillar(), cloze.tags(), cloze.status(), cloze.source()));
    var report = new HtmlSelfTestRenderer().report(new RenderJob(bank, qs, RenderOptions.defaults(), dir.resolve("broken")));
    assertThat(report.skipped()).extracting(tiku.render.Skipped::questionId).containsExactly(mc.id(), cloze.id());
    assertThat(report.skipped().get(0).reason()).contains("not an option");
    assertThat(report.skipped().get(1).reason()).contains("1 blank");
    Document doc = parse(report.files().get(0));
    assertThat(doc.select("li.question").eachAttr("data-qid")).hasSize(qs.size() - 2).doesNotContain(mc.id(), cloze.id());
    assertThat(data(doc).get("questions")).hasSize(qs.size() - 2);
  }

  /** Whether some question shows this text in its stem or options anyway. */
  private static boolean shownAnyway(QuestionBank bank, String text) {
    return bank.questions().stream()
        .anyMatch(o -> o.stem().contains(text) || o.options().stream().anyMatch(x -> x.contains(text)));
  }

  private static JsonNode find(JsonNode data, String id) {
    for (JsonNode q : data.get("questions")) {
      if (q.get("id").asText().equals(id)) {
        return q;
      }
    }
    throw new AssertionError("no key for " + id);
  }
}
