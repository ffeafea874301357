package tiku.render.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static tiku.render.lms.SafeXml.child;
import static tiku.render.lms.SafeXml.children;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tiku.model.QuestionBank;
import tiku.render.RenderJob;
import tiku.render.RenderOptions;
import tiku.render.lms.SafeXml;
import tiku.render.moodle.MoodleXmlRenderer;
import tiku.testing.SampleBanks;

/** A teacher importing the GIFT file or the Moodle XML file gets the same names, categories, tags and feedback. */
class GiftMatchesMoodleXmlTest {
  @TempDir Path dir;

  /** Per question id: name, category path, tags, general feedback. */
  record Filed(String name, String category, List<String> tags, String feedback) {}

  @Test
  void bothImportsFileEveryQuestionAlike() throws Exception {
    GiftPegjs.assumeAvailable();
    for (QuestionBank bank : List.of(SampleBanks.chinese(), SampleBanks.english(), SampleBanks.hostile())) {
      RenderJob job = new RenderJob(bank, bank.questions(), RenderOptions.defaults(), dir.resolve(bank.source().file()));
      Map<String, Filed> gift = fromGift(GiftPegjs.parse(new GiftRenderer().report(job).files().get(0)));
      Map<String, Filed> xml = fromMoodleXml(SafeXml.parse(new MoodleXmlRenderer().report(job).files().get(0)));
      assertThat(gift).isNotEmpty();
      for (Map.Entry<String, Filed> e : gift.entrySet()) {
        Filed x = xml.get(e.getKey());
        assertThat(x).as(e.getKey()).isNotNull();
        assertThat(e.getValue().name()).as(e.getKey()).isEqualTo(x.name());
        assertThat(e.getValue().category()).as(e.getKey()).isEqualTo(x.category());
        assertThat(e.getValue().tags()).as(e.getKey()).containsExactlyElementsOf(x.tags());
        assertThat(e.getValue().feedback()).as(e.getKey()).isEqualTo(x.feedback());
      }
    }
  }

  private static Map<String, Filed> fromGift(JsonNode parsed) {
    Map<String, Filed> out = new TreeMap<>();
    String category = null;
    for (JsonNode q : parsed) {
      if (q.path("type").asText().equals("Category")) {
        category = q.path("title").asText();
        continue;
      }
      List<String> tags = new ArrayList<>();
      q.path("tags").forEach(t -> tags.add(t.asText()));
      out.put(q.path("id").asText(),
          new Filed(q.path("title").asText(), category, tags, q.path("globalFeedback").path("text").asText()));
    }
    return out;
  }

  private static Map<String, Filed> fromMoodleXml(Document doc) {
    Map<String, Filed> out = new TreeMap<>();
    String category = null;
    for (Element q : children(doc.getDocumentElement(), "question")) {
      if (q.getAttribute("type").equals("category")) {
        category = child(child(q, "category"), "text").getTextContent();
        continue;
      }
      List<String> tags = new ArrayList<>();
      Element tagList = child(q, "tags");
      if (tagList != null) {
        for (Element t : children(tagList, "tag")) {
          tags.add(child(t, "text").getTextContent());
        }
      }
      // Moodle XML's feedback is HTML (<p>…</p> per line); compare the text a student reads
      String html = child(child(q, "generalfeedback"), "text").getTextContent();
      String text = org.unbescape.html.HtmlEscape.unescapeHtml(
          html.replace("</p><p>", "\n").replace("<p>", "").replace("</p>", "").replace("<br>", "\n"));
      String name = child(child(q, "name"), "text").getTextContent();
      out.put(child(q, "idnumber").getTextContent(), new Filed(name, category, tags, text));
    }
    return out;
  }
}
