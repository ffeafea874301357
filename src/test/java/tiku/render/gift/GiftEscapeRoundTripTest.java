package tiku.render.gift;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tiku.model.Answer;
import tiku.model.Difficulty;
import tiku.model.Question;
import tiku.model.QuestionBank;
import tiku.model.QuestionSource;
import tiku.model.QuestionType;
import tiku.model.Status;
import tiku.render.RenderJob;
import tiku.render.RenderOptions;
import tiku.render.RenderReport;
import tiku.testing.SampleBanks;

/** Random text full of GIFT's special characters, escaped by us and read back by two GIFT readers. */
class GiftEscapeRoundTripTest {
  private static final String ALPHABET = "\\~=#{}:[]%->< &/\n\"'abn1中文題＿";

  @TempDir Path dir;

  private static List<String> randomTexts(int n, long seed) {
    Random r = new Random(seed);
    List<String> out = new ArrayList<>();
    while (out.size() < n) {
      StringBuilder sb = new StringBuilder();
      int len = 1 + r.nextInt(24);
      for (int i = 0; i < len; i++) {
        sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
      }
      // both readers trim; gift-pegjs also folds runs of spaces, which a document's text rarely has
      String s = sb.toString().replaceAll(" {2,}", " ").strip();
      // "->" cannot be escaped in GIFT; "__"/"＿＿" would make a blank; "&&" is Moodle's placeholder prefix
      if (!s.isEmpty() && !s.contains("->") && !s.contains("&&")) {
        out.add(s);
      }
    }
    return out;
  }

  /** Moodle's import decoding, {@code qformat_gift::escapedchar_pre} then {@code escapedchar_post}. */
  private static String moodleDecode(String s) {
    String t = s.replace("\\\\", "&&092;");
    String[][] pre = {{"\\:", "&&058;"}, {"\\#", "&&035;"}, {"\\=", "&&061;"}, {"\\{", "&&123;"}, {"\\}", "&&125;"},
        {"\\~", "&&126;"}, {"\\n", "&&010"}};
    for (String[] p : pre) {
      t = t.replace(p[0], p[1]);
    }
    t = t.replace("&&092;", "\\");
    String[][] post = {{"&&058;", ":"}, {"&&035;", "#"}, {"&&061;", "="}, {"&&123;", "{"}, {"&&125;", "}"},
        {"&&126;", "~"}, {"&&010", "\n"}};
    for (String[] p : post) {
      t = t.replace(p[0], p[1]);
    }
    return t;
  }

  @Test
  void moodlesDecodingUndoesTheEscaping() {
    for (String s : randomTexts(5000, 7)) {
      assertThat(moodleDecode(GiftText.escape(s))).isEqualTo(s);
      // after escaping, no unescaped control character is left for the reader to act on
      assertThat(GiftText.escape(s).replace("\\\\", "").replaceAll("\\\\[~=#{}:n]", "")).doesNotContainPattern("[~=#{}:\n]");
    }
  }

  @Test
  void giftPegjsReadsEveryRandomTextBack() throws Exception {
    GiftPegjs.assumeAvailable();
    List<String> texts = randomTexts(300, 11);
    List<Question> qs = new ArrayList<>();
    for (int i = 0; i < texts.size(); i += 3) {
      String stem = texts.get(i);
      String wrong = texts.get(i + 1);
      String right = texts.get(i + 2).equals(wrong) ? texts.get(i + 2) + "!" : texts.get(i + 2);
      qs.add(new Question("r" + i, QuestionType.MULTIPLE_CHOICE, "term", stem, List.of(wrong, right),
          new Answer.Choice(right), stem, Difficulty.EASY, null, List.of(), Status.NEW, new QuestionSource(1, "1", wrong)));
    }
    QuestionBank bank = SampleBanks.english().withQuestions(qs);
    RenderReport report = new GiftRenderer().report(new RenderJob(bank, qs, RenderOptions.defaults(), dir));
    assertThat(report.skipped()).isEmpty();
    JsonNode parsed = GiftPegjs.parse(report.files().get(0));
    int i = 0;
    for (JsonNode g : parsed) {
      if (g.path("type").asText().equals("Category")) {
        continue;
      }
      Question q = qs.get(i++);
      assertThat(g.path("id").asText()).isEqualTo(q.id());
      assertThat(g.path("stem").path("text").asText()).as(q.id()).isEqualTo(q.stem());
      assertThat(g.path("choices").get(0).path("text").path("text").asText()).as(q.id()).isEqualTo(q.options().get(0));
      assertThat(g.path("choices").get(1).path("text").path("text").asText()).as(q.id()).isEqualTo(q.options().get(1));
      assertThat(g.path("choices").get(1).path("isCorrect").asBoolean()).isTrue();
      assertThat(g.path("globalFeedback").path("text").asText()).as(q.id()).startsWith(q.stem());
    }
    assertThat(i).isEqualTo(qs.size());
  }
}
