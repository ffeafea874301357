package tiku.render.moodle;

import static org.assertj.core.api.Assertions.assertThat;
import static tiku.render.lms.SafeXml.child;
import static tiku.render.lms.SafeXml.children;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unbescape.html.HtmlEscape;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tiku.model.Answer;
import tiku.model.ClozeStem;
import tiku.model.Question;
import tiku.model.QuestionBank;
import tiku.model.QuestionType;
import tiku.render.RenderJob;
import tiku.render.RenderOptions;
import tiku.render.Changed;
import tiku.render.RenderReport;
import tiku.render.lms.HtmlParagraphs;
import tiku.render.lms.SafeXml;
import tiku.testing.SampleBanks;

class MoodleXmlRendererTest {
  @TempDir Path dir;

  private RenderReport export(QuestionBank bank, Path out) throws Exception {
    return new MoodleXmlRenderer().report(new RenderJob(bank, bank.questions(), RenderOptions.defaults(), out));
  }

  @Test
  void chineseBankReadsBackQuestionByQuestion() throws Exception {
    QuestionBank bank = SampleBanks.chinese();
    RenderReport report = export(bank, dir);
    assertThat(report.files()).containsExactly(dir.resolve("uk-vietnam-2025-moodle.xml"));
    Document doc = SafeXml.parse(report.files().get(0));
    List<Element> all = children(doc.getDocumentElement(), "question");
    List<Element> categories = all.stream().filter(e -> e.getAttribute("type").equals("category")).toList();
    // pillars in order of first selected question: none (zh-tf-1), then pillar 2 (zh-mc-2)
    assertThat(categories).extracting(c -> text(child(c, "category")))
        .containsExactly("$course$/top/uk-vietnam-2025/其他", "$course$/top/uk-vietnam-2025/二、加強經濟、貿易、投資與金融合作");
    assertThat(all).hasSize(bank.questions().size() + categories.size());
    assertThat(all.get(0).getAttribute("type")).isEqualTo("category");
    checkEveryQuestion(bank, doc);
    assertThat(report.changed()).isEmpty();
    assertThat(bank.questions().stream().map(Question::type).collect(Collectors.toSet()))
        .as("the sample bank covers every type").hasSize(QuestionType.values().length);
  }

  @Test
  void englishBankUsesClozeForSeveralGaps() throws Exception {
    QuestionBank bank = SampleBanks.english();
    Document doc = SafeXml.parse(export(bank, dir).files().get(0));
    Map<String, Element> byId = byIdnumber(doc);
    assertThat(byId.get("en-cloze-1").getAttribute("type")).isEqualTo("cloze");
    assertThat(children(byId.get("en-cloze-1"), "defaultgrade")).isEmpty();
    checkEveryQuestion(bank, doc);
  }

  @Test
  void hostileTextStaysTextAndTheFileStaysWellFormed() throws Exception {
    QuestionBank bank = SampleBanks.hostile();
    RenderReport report = export(bank, dir);
    Path file = report.files().get(0);
    assertThat(file.getParent()).isEqualTo(dir);
    String raw = Files.readString(file);
    assertThat(raw).contains("]]]]><![CDATA[>"); // a ]]> in plain text is split across two CDATA sections
    Document doc = SafeXml.parse(file);
    // no HTML field carries live markup from the document: only our <p> wrappers are tags
    for (Element text : SafeXml.all(doc, "text")) {
      Element parent = (Element) text.getParentNode();
      if (parent.getAttribute("format").equals("html")) {
        String html = text.getTextContent();
        assertThat(html).doesNotContain("<script", "<img", "<b>", "<i>");
      }
    }
    checkEveryQuestion(bank, doc);
  }

  @Test
  void aClozeWhoseBlanksDoNotMatchItsKeyIsReportedAndKept() throws Exception {
    QuestionBank bank = tiku.render.lms.OddQuestions.mismatchedCloze();
    RenderReport report = export(bank, dir);
    assertThat(report.changed().stream().map(Changed::line).toList()).singleElement().asString().startsWith("odd-cloze: the stem has 2 blanks for 1 answers");
    Element q = byIdnumber(SafeXml.parse(report.files().get(0))).get("odd-cloze");
    assertThat(q.getAttribute("type")).isEqualTo("shortanswer");
    assertThat(answers(q)).extracting(a -> text(a)).containsExactly("1973");
  }

  @Test
  void theLabelLanguageCanBeChosen() throws Exception {
    QuestionBank bank = SampleBanks.chinese();
    RenderReport report = new MoodleXmlRenderer().report(
        new RenderJob(bank, bank.questions(), RenderOptions.defaults().withLanguage(tiku.model.Language.EN), dir));
    Document doc = SafeXml.parse(report.files().get(0));
    assertThat(text(child(children(doc.getDocumentElement(), "question").get(0), "category")))
        .isEqualTo("$course$/top/uk-vietnam-2025/Other");
    assertThat(HtmlParagraphs.of(html(byIdnumber(doc).get("zh-mc-2"), "generalfeedback")).get(1))
        .isEqualTo("Source: Clause 25 \u201c雙方同意擴大貿易金融合作，設計並實施透明、高效、可持續的貿易金融機制\u201d");
  }

  @Test
  void theBankGeneratedFromTheSeedDocumentReadsBack() throws Exception {
    QuestionBank bank = tiku.render.lms.SeedBank.get();
    assertThat(bank.questions()).isNotEmpty();
    RenderReport report = export(bank, dir);
    Document doc = SafeXml.parse(report.files().get(0));
    long categories = children(doc.getDocumentElement(), "question").stream().filter(e -> e.getAttribute("type").equals("category")).count();
    assertThat(children(doc.getDocumentElement(), "question")).hasSize(bank.questions().size() + (int) categories);
    checkEveryQuestion(bank, doc);
  }

  // ---- reading the file back the way Moodle would, and comparing with the bank ----

  private static void checkEveryQuestion(QuestionBank bank, Document doc) {
    Map<String, Element> byId = byIdnumber(doc);
    assertThat(byId.keySet()).containsExactlyInAnyOrderElementsOf(bank.questions().stream().map(Question::id).toList());
    for (Question q : bank.questions()) {
      Element e = byId.get(q.id());
      List<String> feedback = HtmlParagraphs.of(html(e, "generalfeedback"));
      assertThat(feedback.get(0)).isEqualTo(q.explanation().strip());
      assertThat(feedback.get(1)).contains(q.source().quote().strip());
      Set<String> tags = children(child(e, "tags"), "tag").stream().map(t -> text(t)).collect(Collectors.toSet());
      assertThat(tags).contains(q.type().id(), q.difficulty().id()).containsAll(q.tags());
      if (q.pillar() != null) {
        assertThat(tags).contains("pillar-" + q.pillar());
      }
      switch (q.type()) {
        case TRUE_FALSE -> {
          assertThat(e.getAttribute("type")).isEqualTo("truefalse");
          assertThat(HtmlParagraphs.of(html(e, "questiontext"))).containsExactly(q.stem());
          boolean truth = ((Answer.Truth) q.answer()).value();
          Map<String, String> fractions = answers(e).stream()
              .collect(Collectors.toMap(a -> text(a), a -> a.getAttribute("fraction")));
          assertThat(fractions).containsEntry("true", truth ? "100" : "0").containsEntry("false", truth ? "0" : "100");
        }
        case MULTIPLE_CHOICE -> {
          assertThat(e.getAttribute("type")).isEqualTo("multichoice");
          assertThat(HtmlParagraphs.of(html(e, "questiontext"))).containsExactly(q.stem());
          assertThat(child(e, "single").getTextContent()).isEqualTo("true");
          assertThat(answers(e)).extracting(a -> HtmlEscape.unescapeHtml(text(a))).containsExactlyElementsOf(q.options());
          assertThat(answers(e).stream().filter(a -> a.getAttribute("fraction").equals("100")))
              .extracting(a -> HtmlEscape.unescapeHtml(text(a)))
              .containsExactly(((Answer.Choice) q.answer()).option());
        }
        case CLOZE -> {
          List<String> blanks = ((Answer.Blanks) q.answer()).texts();
          if (blanks.size() == 1) {
            assertThat(e.getAttribute("type")).isEqualTo("shortanswer");
            assertThat(HtmlParagraphs.of(html(e, "questiontext"))).containsExactly(q.stem());
            assertThat(answers(e)).extracting(a -> text(a).replace("\\*", "*")).containsExactly(blanks.get(0));
            assertThat(answers(e).get(0).getAttribute("fraction")).isEqualTo("100");
          } else {
            assertThat(e.getAttribute("type")).isEqualTo("cloze");
            MoodleClozeReader.Parsed parsed = MoodleClozeReader.parse(html(e, "questiontext"));
            assertThat(parsed.answers()).containsExactlyElementsOf(blanks);
            assertThat(parsed.fractions()).containsOnly("=");
            String expectedText = String.join("{#}", ClozeStem.parse(q.stem()).segments());
            assertThat(HtmlEscape.unescapeHtml(parsed.textWithMarkers().replace("<p>", "").replace("</p>", "")))
                .isEqualTo(expectedText);
          }
        }
        case MATCHING -> {
          assertThat(e.getAttribute("type")).isEqualTo("matching");
          List<Answer.Pair> pairs = ((Answer.Pairs) q.answer()).pairs();
          List<String> lefts = new ArrayList<>();
          List<String> rights = new ArrayList<>();
          for (Element sub : children(e, "subquestion")) {
            lefts.add(HtmlEscape.unescapeHtml(text(sub)));
            rights.add(text(child(sub, "answer")));
          }
          List<String> expectedLefts = new ArrayList<>(pairs.stream().map(Answer.Pair::left).toList());
          List<String> expectedRights = new ArrayList<>(pairs.stream().map(Answer.Pair::right).toList());
          List<String> extra = new ArrayList<>(q.options());
          expectedRights.forEach(extra::remove);
          extra.forEach(d -> expectedLefts.add(""));
          expectedRights.addAll(extra);
          assertThat(lefts).containsExactlyElementsOf(expectedLefts);
          assertThat(rights).containsExactlyElementsOf(expectedRights);
          assertThat(new LinkedHashSet<>(rights)).containsExactlyInAnyOrderElementsOf(q.options());
        }
        case ORDERING -> {
          assertThat(e.getAttribute("type")).isEqualTo("ordering");
          assertThat(children(e, "shownumcorrect")).hasSize(1);
          assertThat(answers(e)).extracting(a -> HtmlEscape.unescapeHtml(text(a)))
              .containsExactlyElementsOf(((Answer.Sequence) q.answer()).items());
          assertThat(answers(e)).extracting(a -> a.getAttribute("fraction")).containsExactly(
              java.util.stream.IntStream.rangeClosed(1, answers(e).size()).mapToObj(String::valueOf).toArray(String[]::new));
        }
      }
    }
  }

  private static Map<String, Element> byIdnumber(Document doc) {
    return children(doc.getDocumentElement(), "question").stream()
        .filter(e -> !e.getAttribute("type").equals("category"))
        .collect(Collectors.toMap(e -> child(e, "idnumber").getTextContent(), Function.identity()));
  }

  private static List<Element> answers(Element question) {
    return children(question, "answer");
  }

  /** The text of an element's {@code <text>} child, as Moodle reads it (it trims). */
  private static String text(Element e) {
    return child(e, "text").getTextContent().strip();
  }

  private static String html(Element question, String field) {
    Element f = child(question, field);
    assertThat(f.getAttribute("format")).isEqualTo("html");
    return text(f);
  }
}
