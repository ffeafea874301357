package tiku.render.qti;

import static org.assertj.core.api.Assertions.assertThat;
import static tiku.render.lms.SafeXml.all;
import static tiku.render.lms.SafeXml.child;
import static tiku.render.lms.SafeXml.children;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import tiku.model.Answer;
import tiku.model.ClozeStem;
import tiku.model.Question;
import tiku.model.QuestionBank;
import tiku.render.RenderJob;
import tiku.render.RenderOptions;
import tiku.render.Changed;
import tiku.render.RenderReport;
import tiku.render.lms.SafeXml;
import tiku.testing.SampleBanks;

class Qti21RendererTest {
  @TempDir Path dir;

  private RenderReport export(QuestionBank bank, Path out) throws Exception {
    return new Qti21Renderer().report(new RenderJob(bank, bank.questions(), RenderOptions.defaults(), out));
  }

  @Test
  void chineseBank() throws Exception {
    QuestionBank bank = SampleBanks.chinese();
    RenderReport report = export(bank, dir);
    assertThat(report.files()).containsExactly(dir.resolve("uk-vietnam-2025-qti21.zip"));
    check(bank, report);
    assertThat(report.changed()).isEmpty();
  }

  @Test
  void englishBank() throws Exception {
    QuestionBank bank = SampleBanks.english();
    check(bank, export(bank, dir));
  }

  @Test
  void hostileBank() throws Exception {
    QuestionBank bank = SampleBanks.hostile();
    RenderReport report = export(bank, dir);
    Map<String, Document> items = check(bank, report);
    // markup from the document is text, never elements: only QTI's own element names appear
    Set<String> names = new HashSet<>();
    for (Document d : items.values()) {
      all(d, "*").forEach(e -> names.add(e.getLocalName()));
    }
    assertThat(names).doesNotContain("script", "img", "b", "i");
    assertThat(report.changed()).isEmpty();
  }

  @Test
  void aClozeWhoseBlanksDoNotMatchItsKeyIsReportedAndKept() throws Exception {
    QuestionBank bank = tiku.render.lms.OddQuestions.mismatchedCloze();
    RenderReport report = export(bank, dir);
    assertThat(report.changed().stream().map(Changed::line).toList()).singleElement().asString().startsWith("odd-cloze: the stem has 2 blanks for 1 answers");
    check(bank, report);
  }

  @Test
  void pointsBecomeItemWeightsInTheTest() throws Exception {
    QuestionBank bank = SampleBanks.chinese();
    RenderReport report = new Qti21Renderer().report(
        new RenderJob(bank, bank.questions(), RenderOptions.defaults().withPoints(3), dir));
    Map<String, byte[]> zip = ZipRead.entries(report.files().get(0));
    String testFile = zip.keySet().stream().filter(n -> !n.startsWith("items/") && !n.equals("imsmanifest.xml")).findFirst().orElseThrow();
    Document test = SafeXml.parse(zip.get(testFile));
    List<Element> refs = all(test, "assessmentItemRef");
    assertThat(refs).hasSize(bank.questions().size());
    for (Element ref : refs) {
      Element w = child(ref, "weight");
      assertThat(w.getAttribute("value")).isEqualTo("3");
      assertThat(w.getAttribute("identifier")).isEqualTo(all(test, "testVariables").get(0).getAttribute("weightIdentifier"));
    }
    assertThat(all(test, "testVariables").get(0).getAttribute("weightIdentifier")).isEqualTo("W");
  }

  @Test
  void theBankGeneratedFromTheSeedDocumentReadsBack() throws Exception {
    QuestionBank bank = tiku.render.lms.SeedBank.get();
    assertThat(bank.questions()).isNotEmpty();
    RenderReport report = export(bank, dir);
    check(bank, report);
  }

  /** Checks manifest, test and every item; returns the items by question id. */
  private static Map<String, Document> check(QuestionBank bank, RenderReport report) throws Exception {
    Map<String, byte[]> zip = ZipRead.entries(report.files().get(0));
    Document manifest = SafeXml.parse(zip.get("imsmanifest.xml"));
    assertThat(manifest.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.imsglobal.org/xsd/imscp_v1p1");
    Set<String> itemFiles = new HashSet<>();
    Set<String> listed = new HashSet<>(Set.of("imsmanifest.xml"));
    String testFile = null;
    for (Element r : all(manifest, "resource")) {
      String href = r.getAttribute("href");
      assertThat(zip).containsKey(href);
      assertThat(children(r, "file")).extracting(f -> f.getAttribute("href")).contains(href);
      listed.add(href);
      switch (r.getAttribute("type")) {
        case "imsqti_item_xmlv2p1" -> itemFiles.add(href);
        case "imsqti_test_xmlv2p1" -> testFile = href;
        default -> throw new AssertionError("unexpected resource type " + r.getAttribute("type"));
      }
    }
    assertThat(listed).as("every file in the zip is in the manifest").isEqualTo(zip.keySet());
    assertThat(itemFiles).hasSize(bank.questions().size());
    Qti21Schema.checkTest(SafeXml.parse(zip.get(testFile)), itemFiles);

    Map<String, Document> byTitle = new HashMap<>();
    for (String f : itemFiles) {
      Document d = SafeXml.parse(zip.get(f));
      Qti21Schema.checkItem(d);
      byTitle.put(d.getDocumentElement().getAttribute("title").split(" ", 2)[0], d);
    }
    assertThat(byTitle.keySet()).containsExactlyInAnyOrderElementsOf(bank.questions().stream().map(Question::id).toList());
    for (Question q : bank.questions()) {
      checkAgainstBank(q, byTitle.get(q.id()));
    }
    return byTitle;
  }

  private static void checkAgainstBank(Question q, Document doc) {
    Element item = doc.getDocumentElement();
    Element body = child(item, "itemBody");
    List<String> feedback = children(child(item, "modalFeedback"), "p").stream().map(Node::getTextContent).toList();
    assertThat(feedback.get(0)).isEqualTo(q.explanation().strip());
    assertThat(feedback.get(1)).contains(q.source().quote().strip());
    switch (q.type()) {
      case TRUE_FALSE, MULTIPLE_CHOICE -> {
        Element ci = child(body, "choiceInteraction");
        assertThat(child(ci, "prompt").getTextContent()).isEqualTo(q.stem());
        Map<String, String> choices = choices(ci, "simpleChoice");
        String key = Qti21Schema.values(child(item, "responseDeclaration")).get(0);
        if (q.answer() instanceof Answer.Choice c) {
          assertThat(choices.values()).containsExactlyElementsOf(q.options());
          assertThat(choices.get(key)).isEqualTo(c.option());
        } else {
          assertThat(choices).hasSize(2);
          assertThat(new ArrayList<>(choices.keySet()).indexOf(key)).isEqualTo(((Answer.Truth) q.answer()).value() ? 0 : 1);
        }
      }
      case CLOZE -> {
        List<String> blanks = ((Answer.Blanks) q.answer()).texts();
        ClozeStem stem = ClozeStem.parse(q.stem());
        Element p = child(body, "p");
        List<String> texts = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (Node n = p.getFirstChild(); n != null; n = n.getNextSibling()) {
          if (n instanceof Element e) {
            texts.add(run.toString());
            run.setLength(0);
            Element decl = children(item, "responseDeclaration").stream()
                .filter(d -> d.getAttribute("identifier").equals(e.getAttribute("responseIdentifier"))).findFirst().orElseThrow();
            keys.add(Qti21Schema.values(decl).get(0));
          } else {
            run.append(n.getTextContent());
          }
        }
        texts.add(run.toString());
        if (stem.blanks() == blanks.size()) {
          assertThat(texts).containsExactlyElementsOf(stem.segments());
          assertThat(keys).containsExactlyElementsOf(blanks);
        } else {
          assertThat(String.join("", texts).strip()).isEqualTo(q.stem().strip());
          assertThat(keys).containsExactly(String.join(" ", blanks));
        }
      }
      case MATCHING -> {
        Element mi = child(body, "matchInteraction");
        assertThat(child(mi, "prompt").getTextContent()).isEqualTo(q.stem());
        List<Element> sets = children(mi, "simpleMatchSet");
        Map<String, String> lefts = choices(sets.get(0), "simpleAssociableChoice");
        Map<String, String> rights = choices(sets.get(1), "simpleAssociableChoice");
        assertThat(rights.values()).containsExactlyElementsOf(q.options());
        List<String> pairs = new ArrayList<>();
        for (String v : Qti21Schema.values(child(item, "responseDeclaration"))) {
          String[] ids = v.split(" ");
          pairs.add(lefts.get(ids[0]) + "→" + rights.get(ids[1]));
        }
        assertThat(pairs).containsExactlyElementsOf(
            ((Answer.Pairs) q.answer()).pairs().stream().map(x -> x.left() + "→" + x.right()).toList());
      }
      case ORDERING -> {
        Element oi = child(body, "orderInteraction");
        assertThat(child(oi, "prompt").getTextContent()).isEqualTo(q.stem());
        Map<String, String> items = choices(oi, "simpleChoice");
        assertThat(items.values()).containsExactlyElementsOf(q.options());
        assertThat(Qti21Schema.values(child(item, "responseDeclaration")).stream().map(items::get).toList())
            .containsExactlyElementsOf(((Answer.Sequence) q.answer()).items());
      }
    }
  }

  private static Map<String, String> choices(Element parent, String name) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (Element c : children(parent, name)) {
      out.put(c.getAttribute("identifier"), c.getTextContent());
    }
    return out;
  }
}
