package tiku.render.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tiku.io.AtomicFiles;
import tiku.model.Difficulty;
import tiku.model.Language;
import tiku.model.Question;
import tiku.model.QuestionBank;
import tiku.model.QuestionType;
import tiku.render.Labels;
import tiku.render.RenderJob;
import tiku.render.RenderReport;
import tiku.render.ReportingRenderer;
import tiku.render.Skipped;

/**
 * The self-test: one HTML file a student opens offline, answers question by question and learns
 * from (feedback with the source), with its stylesheet, script and data inline.
 */
public final class HtmlSelfTestRenderer implements ReportingRenderer {
  /** The labels the page's script needs, passed to it in the page data. */
  private static final List<String> SCRIPT_LABELS =
      List.of(
          "html.correct", "html.wrong", "html.answer.correct", "html.explanation", "html.source",
          "html.moved", "html.showing", "html.reset.done", "html.answer.first", "html.score",
          "html.progress", "html.none.shown", "html.retry.none", "html.retry.started", "html.shuffled");

  @Override
  public String format() {
    return "html";
  }

  @Override
  public RenderReport report(RenderJob job) throws IOException {
    QuestionBank bank = job.bank();
    Language lang = job.options().language() != null ? job.options().language() : bank.source().language();
    Labels labels = Labels.load(HtmlSelfTestRenderer.class, lang);

    List<SelfTestShuffle.Shown> shown = SelfTestShuffle.shuffle(job.questions(), job.options().seed());
    List<QuestionView> views = new ArrayList<>();
    List<QuestionKey> keys = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    List<Question> kept = new ArrayList<>();
    for (SelfTestShuffle.Shown s : shown) {
      try {
        keys.add(QuestionKey.of(s, labels));
      } catch (IllegalArgumentException e) {
        // one broken question (say, a hand edit of bank.json) must not cost the student the page
        skipped.add(new Skipped(s.question().id(), e.getMessage()));
        continue;
      }
      views.add(QuestionView.of(s, views.size() + 1, bank, labels));
      kept.add(s.question());
    }
    skipped.sort(java.util.Comparator.comparingInt(k -> indexOfId(job.questions(), k.questionId())));

    Map<String, String> scriptLabels = new LinkedHashMap<>();
    for (String key : SCRIPT_LABELS) {
      scriptLabels.put(key.substring("html.".length()), labels.get(key));
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("storageKey", storageKey(bank.deck(), kept));
    data.put("labels", scriptLabels);
    data.put("questions", keys);

    String title = job.options().title() != null ? job.options().title() : bank.source().title();
    Map<String, Object> vars = new LinkedHashMap<>();
    vars.put("l", labels);
    vars.put("lang", lang.tag());
    vars.put("docLang", bank.source().language().tag());
    vars.put("title", title);
    vars.put("source", bank.source());
    vars.put("questions", views);
    vars.put("pillars", pillarChoices(bank, kept, labels));
    vars.put("difficulties", difficultyChoices(kept, labels));
    vars.put("types", typeChoices(kept, labels));
    // script-safe: ScriptSafeJson escapes < > & U+2028 U+2029, so the page inserts it unchanged
    vars.put("dataJson", ScriptSafeJson.write(data));

    Path out = job.outDir().resolve(job.baseName() + "-selftest.html");
    AtomicFiles.writeString(out, SelfTestPage.render(vars));
    return new RenderReport(List.of(out), skipped);
  }

  private static int indexOfId(List<Question> questions, String id) {
    for (int i = 0; i < questions.size(); i++) {
      if (questions.get(i).id().equals(id)) {
        return i;
      }
    }
    return questions.size();
  }

  /** One choice of a filter menu. */
  public record Choice(String value, String label) {}

  private static List<Choice> pillarChoices(QuestionBank bank, List<Question> questions, Labels labels) {
    List<Choice> out = new ArrayList<>();
    bank.source().pillars().stream()
        .filter(p -> questions.stream().anyMatch(q -> q.pillar() != null && q.pillar() == p.number()))
        .forEach(p -> out.add(new Choice(String.valueOf(p.number()), QuestionView.pillarName(p))));
    questions.stream()
        .map(Question::pillar)
        .filter(n -> n != null && bank.pillar(n).isEmpty())
        .distinct()
        .sorted()
        .forEach(n -> out.add(new Choice(String.valueOf(n), String.valueOf(n))));
    if (questions.stream().anyMatch(q -> q.pillar() == null)) {
      out.add(new Choice(QuestionView.NO_PILLAR, labels.get("html.pillar.none")));
    }
    return out;
  }

  private static List<Choice> difficultyChoices(List<Question> questions, Labels labels) {
    List<Choice> out = new ArrayList<>();
    for (Difficulty d : Difficulty.values()) {
      if (questions.stream().anyMatch(q -> q.difficulty() == d)) {
        out.add(new Choice(d.id(), labels.difficulty(d)));
      }
    }
    return out;
  }

  private static List<Choice> typeChoices(List<Question> questions, Labels labels) {
    List<Choice> out = new ArrayList<>();
    for (QuestionType t : QuestionType.values()) {
      if (questions.stream().anyMatch(q -> q.type() == t)) {
        out.add(new Choice(t.id(), labels.type(t)));
      }
    }
    return out;
  }

  /** Progress is kept per deck and per set of questions, so another selection starts afresh. */
  static String storageKey(String deck, List<Question> questions) {
    List<String> ids = new ArrayList<>(questions.stream().map(Question::id).toList());
    ids.sort(null);
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.join("\n", ids).getBytes(StandardCharsets.UTF_8));
      return "tiku-selftest:" + deck + ":" + HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
