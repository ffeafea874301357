package tiku.render.lms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.unbescape.html.HtmlEscape;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tiku.model.Answer;
import tiku.model.Difficulty;
import tiku.model.Question;
import tiku.model.QuestionBank;
import tiku.model.QuestionSource;
import tiku.model.QuestionType;
import tiku.model.Status;
import tiku.render.RenderJob;
import tiku.render.RenderOptions;
import tiku.render.moodle.MoodleXmlRenderer;
import tiku.render.qti.Qti21Renderer;
import tiku.testing.SampleBanks;

/** Any text at all in a question comes back from Moodle XML and QTI 2.1 as the same text. */
class AnyTextPropertyTest {
  private static QuestionBank bankWith(String stem, String option) {
    Question q = new Question("any", QuestionType.MULTIPLE_CHOICE, "term", stem, List.of(option, "other"),
        new Answer.Choice(option), "why", Difficulty.EASY, null, List.of(), Status.NEW, new QuestionSource(null, null, "q"));
    return SampleBanks.english().withQuestions(List.of(q));
  }

  /** What XML can carry of the text, as a platform reads it back (Moodle trims its fields). */
  private static String carried(String s) {
    return XmlChars.clean(s);
  }

  @net.jqwik.api.Example
  void lineEndsAndControlCharacters() throws Exception {
    moodleCarriesAnyText("a\r\nb\rc\u0007d\tе", "x\u0000y");
    qti21CarriesAnyText("a\r\nb\rc\u0007d\tе", "x\u0000y");
  }

  @Property(tries = 60)
  void moodleCarriesAnyText(@ForAll @StringLength(min = 1, max = 40) String stem, @ForAll @StringLength(min = 1, max = 20) String option)
      throws Exception {
    if (option.equals("other")) {
      return;
    }
    Path dir = Files.createTempDirectory("tiku-any");
    QuestionBank bank = bankWith(stem, option);
    Path file = new MoodleXmlRenderer().report(new RenderJob(bank, bank.questions(), RenderOptions.defaults(), dir)).files().get(0);
    Document doc = SafeXml.parse(file);
    Element q = SafeXml.all(doc, "idnumber").get(0).getParentNode() instanceof Element e ? e : null;
    String html = SafeXml.child(SafeXml.child(q, "questiontext"), "text").getTextContent();
    assertThat(HtmlEscape.unescapeHtml(html.substring(3, html.length() - 4))).isEqualTo(carried(stem));
    Element first = SafeXml.children(q, "answer").get(0);
    assertThat(HtmlEscape.unescapeHtml(SafeXml.child(first, "text").getTextContent())).isEqualTo(carried(option));
    assertThat(first.getAttribute("fraction")).isEqualTo("100");
  }

  @Property(tries = 60)
  void qti21CarriesAnyText(@ForAll @StringLength(min = 1, max = 40) String stem, @ForAll @StringLength(min = 1, max = 20) String option)
      throws Exception {
    if (option.equals("other")) {
      return;
    }
    Path dir = Files.createTempDirectory("tiku-any");
    QuestionBank bank = bankWith(stem, option);
    Path zip = new Qti21Renderer().report(new RenderJob(bank, bank.questions(), RenderOptions.defaults(), dir)).files().get(0);
    byte[] item = null;
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        byte[] b = in.readAllBytes();
        if (e.getName().startsWith("items/")) {
          item = b;
        }
      }
    }
    Document doc = SafeXml.parse(item);
    assertThat(SafeXml.all(doc, "prompt").get(0).getTextContent()).isEqualTo(carried(stem));
    assertThat(SafeXml.all(doc, "simpleChoice").get(0).getTextContent()).isEqualTo(carried(option));
  }
}
