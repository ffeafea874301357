package tiku.render.qti;

import static org.assertj.core.api.Assertions.assertThat;
import static tiku.render.lms.SafeXml.all;
import static tiku.render.lms.SafeXml.child;
import static tiku.render.lms.SafeXml.children;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unbescape.html.HtmlEscape;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tiku.model.Answer;
import tiku.model.ClozeStem;
import tiku.model.Question;
import tiku.model.QuestionBank;
import tiku.render.RenderJob;
import tiku.render.RenderOptions;
import tiku.render.Changed;
import tiku.render.RenderReport;
import tiku.render.lms.HtmlParagraphs;
import tiku.render.lms.SafeXml;
import tiku.testing.SampleBanks;

class Qti12RendererTest {
  @TempDir Path dir;

  private RenderReport export(QuestionBank bank, Path out) throws Exception {
    return new Qti12Renderer().report(new RenderJob(bank, bank.questions(), RenderOptions.defaults().withPoints(2), out));
  }

  @Test
  void chineseBankReadsBack() throws Exception {
    QuestionBank bank = SampleBanks.chinese();
    RenderReport report = export(bank, dir);
    assertThat(report.files()).containsExactly(dir.resolve("uk-vietnam-2025-qti12.zip"));
    check(bank, report);
    assertThat(report.changed().stream().map(Changed::line).toList()).containsExactly(
        "zh-order-1: QTI 1.2 (Canvas classic quizzes) has no ordering type; exported as matching of each position to its item");
  }

  @Test
  void englishBankReadsBack() throws Exception {
    QuestionBank bank = SampleBanks.english();
    check(bank, export(bank, dir));
  }

  @Test
  void hostileBankGivesValidFilesWithTheTextAsText() throws Exception {
    QuestionBank bank = SampleBanks.hostile();
    RenderReport report = export(bank, dir);
    Document assessment = check(bank, report);
    for (Element m : all(assessment, "mattext")) {
      if (m.getAttribute("texttype").equals("text/html")) {
        assertThat(m.getTextContent()).doesNotContain("<script", "<img", "<b>", "<i>");
      }
    }
    assertThat(report.changed().stream().map(Changed::line).toList()).allMatch(w -> w.startsWith("evil-order: "));
  }

  @Test
  void aClozeWhoseBlanksDoNotMatchItsKeyIsReportedAndKept() throws Exception {
    QuestionBank bank = tiku.render.lms.OddQuestions.mismatchedCloze();
    RenderReport report = export(bank, dir);
    assertThat(report.changed().stream().map(Changed::line).toList()).singleElement().asString().startsWith("odd-cloze: the stem has 2 blanks for 1 answers");
    Document doc = SafeXml.parse(ZipRead.entries(report.files().get(0)).values().stream()
        .filter(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8).contains("questestinterop")).findFirst().orElseThrow());
    assertThat(all(doc, "item")).hasSize(1);
    assertThat(all(doc, "varequal")).extracting(Element::getTextContent).containsExactly("1973");
  }

  @Test
  void theBankGeneratedFromTheSeedDocumentReadsBack() throws Exception {
    QuestionBank bank = tiku.render.lms.SeedBank.get();
    assertThat(bank.questions()).isNotEmpty();
    RenderReport report = export(bank, dir);
    check(bank, report);
  }

  /** Reads the package as Canvas would and compares every item with the bank; returns the assessment. */
  private static Document check(QuestionBank bank, RenderReport report) throws Exception {
    Map<String, byte[]> zip = ZipRead.entries(report.files().get(0));
    Document manifest = SafeXml.parse(zip.get("imsmanifest.xml"));
    assertThat(manifest.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1");
    List<Element> resources = all(manifest, "resource");
    Element qtiResource = resources.stream().filter(r -> r.getAttribute("type").equals("imsqti_xmlv1p2")).findFirst().orElseThrow();
    String assessmentHref = child(qtiResource, "file").getAttribute("href");
    for (Element r : resources) {
      for (Element f : children(r, "file")) {
        assertThat(zip).as("manifest file " + f.getAttribute("href")).containsKey(f.getAttribute("href"));
      }
    }
    String depRef = child(qtiResource, "dependency").getAttribute("identifierref");
    Element meta = resources.stream().filter(r -> r.getAttribute("identifier").equals(depRef)).findFirst().orElseThrow();
    Document metaDoc = SafeXml.parse(zip.get(meta.getAttribute("href")));
    assertThat(child(metaDoc.getDocumentElement(), "title").getTextContent()).isEqualTo(bank.source().title());
    assertThat(child(metaDoc.getDocumentElement(), "points_possible").getTextContent())
        .isEqualTo((2 * bank.questions().size()) + ".0");

    Document doc = SafeXml.parse(zip.get(assessmentHref));
    assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("questestinterop");
    assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.imsglobal.org/xsd/ims_qtiasiv1p2");
    List<Element> items = all(doc, "item");
    assertThat(items).extracting(i -> i.getAttribute("title")).containsExactlyElementsOf(bank.questions().stream().map(Question::id).toList());
    for (int n = 0; n < items.size(); n++) {
      checkItem(bank.questions().get(n), items.get(n));
    }
    return doc;
  }

  /** The element order of the QTI 1.2 ASI DTD for the parts we write. */
  private static void checkDtdOrder(Element item) {
    assertThat(names(item)).matches("(itemmetadata )?(presentation )?(resprocessing )*(itemfeedback )*");
    Element rp = child(item, "resprocessing");
    assertThat(names(rp)).matches("outcomes (respcondition )+");
    for (Element rc : children(rp, "respcondition")) {
      assertThat(names(rc)).matches("conditionvar (setvar )*(displayfeedback )*");
    }
    for (Element lid : all(item, "response_lid")) {
      assertThat(names(lid)).matches("(material )?render_choice (material )?");
    }
    for (Element fb : children(item, "itemfeedback")) {
      assertThat(names(fb)).matches("((flow_mat|material|solution|hint) )+");
    }
  }

  private static String names(Element e) {
    return children(e).stream().map(c -> c.getLocalName() + " ").collect(java.util.stream.Collectors.joining());
  }

  private static void checkItem(Question q, Element item) {
    checkDtdOrder(item);
    Map<String, String> meta = new HashMap<>();
    for (Element f : all(item, "qtimetadatafield")) {
      meta.put(child(f, "fieldlabel").getTextContent(), child(f, "fieldentry").getTextContent());
    }
    assertThat(meta).containsEntry("points_possible", "2");
    Element presentation = child(item, "presentation");
    String stemHtml = child(child(presentation, "material"), "mattext").getTextContent();
    Map<String, String> scoring = scoring(item); // respident -> the label ident that scores
    List<String> fb = HtmlParagraphs.of(child(child(child(child(item, "itemfeedback"), "flow_mat"), "material"), "mattext").getTextContent());
    assertThat(fb.get(0)).isEqualTo(q.explanation().strip());
    assertThat(fb.get(1)).contains(q.source().quote().strip());
    switch (q.type()) {
      case TRUE_FALSE, MULTIPLE_CHOICE -> {
        assertThat(meta.get("question_type")).isEqualTo(q.type().id() + "_question");
        assertThat(HtmlParagraphs.of(stemHtml)).containsExactly(q.stem());
        Element lid = child(presentation, "response_lid");
        Map<String, String> labels = labels(lid);
        String right = labels.get(scoring.get(lid.getAttribute("ident")));
        if (q.answer() instanceof Answer.Choice c) {
          assertThat(labels.values()).containsExactlyElementsOf(q.options());
          assertThat(right).isEqualTo(c.option());
        } else {
          assertThat(new ArrayList<>(labels.keySet()).indexOf(scoring.get(lid.getAttribute("ident"))))
              .isEqualTo(((Answer.Truth) q.answer()).value() ? 0 : 1);
        }
      }
      case CLOZE -> {
        List<String> blanks = ((Answer.Blanks) q.answer()).texts();
        if (blanks.size() == 1) {
          assertThat(meta.get("question_type")).isEqualTo("short_answer_question");
          assertThat(HtmlParagraphs.of(stemHtml)).containsExactly(q.stem());
          assertThat(scoring.get("response1")).isEqualTo(blanks.get(0));
        } else {
          assertThat(meta.get("question_type")).isEqualTo("fill_in_multiple_blanks_question");
          List<String> names = new ArrayList<>();
          for (Element lid : children(presentation, "response_lid")) {
            String name = child(child(lid, "material"), "mattext").getTextContent();
            names.add("[" + name + "]");
            assertThat(labels(lid).get(scoring.get(lid.getAttribute("ident")))).isEqualTo(blanks.get(names.size() - 1));
          }
          List<String> segs = ClozeStem.parse(q.stem()).segments();
          StringBuilder expected = new StringBuilder(segs.get(0));
          for (int i = 0; i < names.size(); i++) {
            expected.append(names.get(i)).append(segs.get(i + 1));
          }
          assertThat(HtmlParagraphs.of(stemHtml)).containsExactly(expected.toString());
        }
      }
      case MATCHING, ORDERING -> {
        assertThat(meta.get("question_type")).isEqualTo("matching_question");
        List<String[]> expected = new ArrayList<>();
        if (q.answer() instanceof Answer.Pairs p) {
          p.pairs().forEach(pair -> expected.add(new String[] {pair.left(), pair.right()}));
        } else {
          List<String> order = ((Answer.Sequence) q.answer()).items();
          for (int i = 0; i < order.size(); i++) {
            expected.add(new String[] {null, order.get(i)});
          }
        }
        List<Element> lids = children(presentation, "response_lid");
        assertThat(lids).hasSize(expected.size());
        for (int i = 0; i < lids.size(); i++) {
          Element lid = lids.get(i);
          String left = child(child(lid, "material"), "mattext").getTextContent();
          if (expected.get(i)[0] != null) {
            assertThat(left).isEqualTo(expected.get(i)[0]);
          } else {
            assertThat(left).contains(String.valueOf(i + 1));
          }
          assertThat(labels(lid).values()).containsExactlyElementsOf(q.options());
          assertThat(labels(lid).get(scoring.get(lid.getAttribute("ident")))).isEqualTo(expected.get(i)[1]);
        }
      }
    }
  }

  /** Each response's scoring value: the varequal of a respcondition that sets or adds to SCORE. */
  private static Map<String, String> scoring(Element item) {
    Map<String, String> out = new HashMap<>();
    for (Element rc : all(child(item, "resprocessing"), "respcondition")) {
      Optional<Element> setvar = children(rc, "setvar").stream().findFirst();
      if (setvar.isEmpty()) {
        continue;
      }
      assertThat(setvar.get().getAttribute("varname")).isEqualTo("SCORE");
      Element eq = child(child(rc, "conditionvar"), "varequal");
      out.put(eq.getAttribute("respident"), eq.getTextContent());
    }
    return out;
  }

  /** ident -> text of each response_label. */
  private static Map<String, String> labels(Element lid) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (Element l : all(lid, "response_label")) {
      out.put(l.getAttribute("ident"), child(child(l, "material"), "mattext").getTextContent());
    }
    return out;
  }
}
