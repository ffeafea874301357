package tiku.render.anki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unbescape.html.HtmlEscape;
import tiku.model.Answer;
import tiku.model.Difficulty;
import tiku.model.Question;
import tiku.model.QuestionBank;
import tiku.model.QuestionSource;
import tiku.model.QuestionType;
import tiku.model.Status;
import tiku.render.RenderJob;
import tiku.render.RenderOptions;
import tiku.testing.SampleBanks;

class AnkiCsvRendererTest {
  private static final CSVFormat READ = CSVFormat.TDF.builder().setCommentMarker('#').setIgnoreSurroundingSpaces(false).setTrim(false).get();

  @TempDir Path dir;

  static List<Path> render(QuestionBank bank, RenderOptions options, Path dir) throws IOException {
    return new AnkiCsvRenderer().render(new RenderJob(bank, bank.questions(), options, dir));
  }

  static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }

  static List<CSVRecord> records(Path file) throws IOException {
    try (var parser = READ.parse(new StringReader(Files.readString(file)))) {
      return parser.getRecords();
    }
  }

  @Test
  void writesACombinedFileAndOneFilePerNoteType() throws IOException {
    List<Path> files = render(SampleBanks.chinese(), RenderOptions.defaults(), dir);
    assertThat(files.stream().map(p -> p.getFileName().toString()))
        .containsExactly(
            "uk-vietnam-2025-anki.csv", "uk-vietnam-2025-anki-basic.csv", "uk-vietnam-2025-anki-cloze.csv", "uk-vietnam-2025-anki-reverse.csv");
    // one note per question except the acronym matching question: one reversible note per pair
    assertThat(records(files.get(0))).hasSize(5 + 4);
    assertThat(records(files.get(1))).hasSize(4);
    assertThat(records(files.get(2))).hasSize(1);
    assertThat(records(files.get(3))).hasSize(4);
  }

  @Test
  void aNarrowerSelectionRemovesThePerTypeFileItNoLongerWrites() throws IOException {
    QuestionBank bank = SampleBanks.chinese();
    render(bank, RenderOptions.defaults(), dir);
    assertThat(dir.resolve("uk-vietnam-2025-anki-reverse.csv")).exists();
    QuestionBank clozeOnly = bank.withQuestions(bank.questions().stream().filter(q -> q.type() == QuestionType.CLOZE).toList());
    List<Path> files = render(clozeOnly, RenderOptions.defaults(), dir);
    assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("uk-vietnam-2025-anki.csv", "uk-vietnam-2025-anki-cloze.csv");
    assertThat(dir.resolve("uk-vietnam-2025-anki-reverse.csv")).doesNotExist();
    assertThat(dir.resolve("uk-vietnam-2025-anki-basic.csv")).doesNotExist();
  }

  @Test
  void headerLinesFollowAnkisTextImportRules() throws IOException {
    List<Path> files = render(SampleBanks.chinese(), RenderOptions.defaults(), dir);
    assertThat(lines(files.get(0)).subList(0, 7))
        .containsExactly(
            "#separator:tab", "#html:true", "#notetype column:6", "#deck column:4", "#tags column:3", "#guid column:5", "#if matches:update current");
    assertThat(lines(files.get(1)).subList(0, 7))
        .containsExactly(
            "#separator:tab", "#html:true", "#notetype:Basic", "#deck column:4", "#tags column:3", "#guid column:5", "#if matches:update current");
    assertThat(lines(files.get(2))).contains("#notetype:Cloze");
    assertThat(lines(files.get(3))).contains("#notetype:Basic (and reversed card)");
    for (Path f : files) {
      List<String> body = lines(f).stream().filter(l -> !l.startsWith("#")).toList();
      // header lines only at the top; no BOM, which would hide the first header from Anki
      assertThat(lines(f).subList(7, lines(f).size())).allSatisfy(l -> assertThat(l).doesNotStartWith("#"));
      assertThat(Files.readAllBytes(f)[0]).isEqualTo((byte) '#');
      int columns = f.getFileName().toString().endsWith("-anki.csv") ? 6 : 5;
      assertThat(records(f)).allSatisfy(r -> assertThat(r.size()).isEqualTo(columns));
      assertThat(body).isNotEmpty();
    }
  }

  @Test
  void everyFieldIsQuoted() throws IOException {
    for (QuestionBank bank : List.of(SampleBanks.chinese(), SampleBanks.english(), SampleBanks.hostile())) {
      for (Path f : render(bank, RenderOptions.defaults(), dir)) {
        List<String> body = lines(f).stream().filter(l -> !l.startsWith("#")).toList();
        List<CSVRecord> recs = records(f);
        assertThat(body).hasSameSizeAs(recs); // one line per record: no raw line breaks in fields
        for (int i = 0; i < recs.size(); i++) {
          StringWriter w = new StringWriter();
          new CSVPrinter(w, CSVFormat.TDF.builder().setQuoteMode(QuoteMode.ALL).setRecordSeparator("").get()).printRecord(recs.get(i).toList());
          assertThat(body.get(i)).isEqualTo(w.toString());
        }
      }
    }
  }

  @Test
  void htmlInFieldsIsEscapedAndLineBreaksBecomeBr() throws IOException {
    Path all = render(SampleBanks.hostile(), RenderOptions.defaults(), dir).get(0);
    Map<String, CSVRecord> byGuid = byGuid(all);
    for (CSVRecord r : records(all)) {
      assertThat(r.get(0) + r.get(1)).doesNotContain("<script").doesNotContain("<img").doesNotContain("\n").doesNotContain("\r");
    }
    CSVRecord mc = byGuid.get(AnkiGuid.of("../evil deck/CON", "evil-mc"));
    assertThat(text(mc.get(0), "stem")).isEqualTo("=HYPERLINK(\"http://x\") " + SampleBanks.HOSTILE + " ?");
    assertThat(mc.get(1)).contains("Tab\tand<br>newline");
    assertThat(HtmlEscape.unescapeHtml(inner(mc.get(1), "explanation").replace("<br>", "\n"))).endsWith("Tab\tand\nnewline " + SampleBanks.HOSTILE);
    CSVRecord tf = byGuid.get(AnkiGuid.of("../evil deck/CON", "evil-tf"));
    assertThat(text(tf.get(0), "stem")).isEqualTo(SampleBanks.HOSTILE);
  }

  @Test
  void chineseTextAndFullWidthPunctuationSurviveExactly() throws IOException {
    QuestionBank bank = SampleBanks.chinese();
    Map<String, CSVRecord> byGuid = byGuid(render(bank, RenderOptions.defaults(), dir).get(0));
    for (Question q : bank.questions()) {
      if (q.type() == QuestionType.MULTIPLE_CHOICE || q.type() == QuestionType.TRUE_FALSE || q.type() == QuestionType.ORDERING) {
        CSVRecord r = byGuid.get(AnkiGuid.of(bank.deck(), q.id()));
        assertThat(text(r.get(0), "stem")).isEqualTo(q.stem());
        assertThat(r.get(1)).contains(q.source().quote()).contains("出處").contains("第" + q.source().label() + "條");
        assertThat(HtmlEscape.unescapeHtml(inner(r.get(1), "explanation"))).endsWith(q.explanation());
      }
    }
    CSVRecord cloze = byGuid.get(AnkiGuid.of(bank.deck(), "zh-cloze-1"));
    assertThat(cloze.get(0)).isEqualTo("雙方同意通過「{{c1::越南-英國國際金融中心夥伴關係}}」加強在發展越南國際金融中心方面的合作。");
    assertThat(cloze.get(5)).isEqualTo("Cloze");
  }

  @Test
  void reversibleNotesCiteTheQuoteOnlyForThePairItMentionsAndHideTheOtherSide() throws IOException {
    Map<String, CSVRecord> byGuid = byGuid(render(SampleBanks.chinese(), RenderOptions.defaults(), dir).get(0));
    CSVRecord ukvfta = byGuid.get(AnkiGuid.of("uk-vietnam-2025", "zh-match-1", 0));
    assertThat(ukvfta.get(0)).isEqualTo("UKVFTA");
    assertThat(ukvfta.get(1)).startsWith("英越自由貿協定<div class=\"source\">")
        .contains("「雙方同意在「英越自由貿協定」(＿＿)及「跨太平洋夥伴全面進步協定」(CPTPP)架構下加強合作」")
        .doesNotContain("UKVFTA");
    CSVRecord asean = byGuid.get(AnkiGuid.of("uk-vietnam-2025", "zh-match-1", 2));
    assertThat(asean.get(0)).isEqualTo("ASEAN");
    assertThat(asean.get(1)).isEqualTo("東南亞國協");
    assertThat(asean.get(5)).isEqualTo("Basic (and reversed card)");
  }

  @Test
  void aFirstFieldStartingWithHashIsQuotedAndNotAComment() throws IOException {
    Question q =
        new Question("hash-1", QuestionType.CLOZE, "term", "#1 號決議：＿＿＿＿", List.of(), Answer.Blanks.of("通過"), "", Difficulty.EASY, null,
            List.of(), Status.NEW, new QuestionSource(2, "2", "#1 號決議：通過"));
    QuestionBank bank = SampleBanks.chinese().withQuestions(List.of(q));
    Path cloze = render(bank, RenderOptions.defaults(), dir).get(1);
    assertThat(lines(cloze).get(7)).startsWith("\"#1 號決議：{{c1::通過}}\"\t");
    assertThat(records(cloze)).hasSize(1);
  }

  @Test
  void tagsHaveNoSpacesAndNamePillarDifficultyTypeAndDeck() throws IOException {
    Question spaced =
        new Question("sp-1", QuestionType.TRUE_FALSE, "year", "x", List.of("○", "×"), new Answer.Truth(true), "", Difficulty.HARD, 2,
            List.of("two words", " lead\ttab "), Status.NEW, null);
    QuestionBank bank = SampleBanks.chinese().withQuestions(List.of(spaced, SampleBanks.chinese().questions().get(3)));
    List<CSVRecord> recs = records(render(bank, RenderOptions.defaults(), dir).get(0));
    assertThat(recs.get(0).get(2).split(" ")).containsExactly("pillar::2", "difficulty::hard", "type::true_false", "deck::uk-vietnam-2025", "two_words", "lead_tab");
    assertThat(recs.get(1).get(2).split(" ")).containsExactly("pillar::2", "difficulty::hard", "type::cloze", "deck::uk-vietnam-2025", "family::term");
    for (QuestionBank b : List.of(SampleBanks.english(), SampleBanks.hostile())) {
      for (CSVRecord r : records(render(b, RenderOptions.defaults(), dir).get(0))) {
        assertThat(r.get(2)).doesNotContain("  ").doesNotStartWith(" ").doesNotContain("\t");
      }
    }
  }

  @Test
  void deckIsTikuTitleOrTheDeckOption() throws IOException {
    assertThat(records(render(SampleBanks.chinese(), RenderOptions.defaults(), dir).get(0)))
        .allSatisfy(r -> assertThat(r.get(3)).isEqualTo("Tiku::英越全面戰略夥伴關係聯合聲明"));
    assertThat(records(render(SampleBanks.english(), RenderOptions.defaults().withTitle("A::B\nC"), dir).get(0)))
        .allSatisfy(r -> assertThat(r.get(3)).isEqualTo("Tiku::A: B C"));
    assertThat(records(render(SampleBanks.english(), RenderOptions.defaults().withDeck("Class 7::Civics"), dir).get(0)))
        .allSatisfy(r -> assertThat(r.get(3)).isEqualTo("Class 7::Civics"));
  }

  @Test
  void guidsDependOnlyOnTheQuestionIdNotItsWording() throws IOException {
    QuestionBank before = SampleBanks.chinese();
    List<Question> edited = new ArrayList<>();
    for (Question q : before.questions()) {
      edited.add(
          new Question(q.id(), q.type(), q.family(), q.stem().replace("聯合聲明", "共同聲明"), q.options(), answerReworded(q.answer()),
              q.explanation() + "（已修訂）", q.difficulty(), q.pillar(), q.tags(), Status.EDITED, q.source()));
    }
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    List<CSVRecord> old = records(render(before, RenderOptions.defaults(), a).get(0));
    List<CSVRecord> neu = records(render(before.withQuestions(edited), RenderOptions.defaults(), b).get(0));
    assertThat(neu.stream().map(r -> r.get(4)).toList()).isEqualTo(old.stream().map(r -> r.get(4)).toList());
    // the wording did change (reversible notes show only the pairs, which stayed)
    for (int i = 0; i < old.size(); i++) {
      if (!old.get(i).get(5).equals(AnkiNoteType.REVERSE.stockName())) {
        assertThat(neu.get(i).get(0) + neu.get(i).get(1)).isNotEqualTo(old.get(i).get(0) + old.get(i).get(1));
      }
    }
    // every note its own GUID; the reversible notes of one question differ by pair
    assertThat(old.stream().map(r -> r.get(4)).distinct().count()).isEqualTo(old.size());
    assertThat(AnkiGuid.of("deck", "q1")).isEqualTo(AnkiGuid.of("deck", "q1")).isNotEqualTo(AnkiGuid.of("deck", "q2")).isNotEqualTo(AnkiGuid.of("other", "q1"));
    assertThat(AnkiGuid.of("deck", "q1", 0)).isNotEqualTo(AnkiGuid.of("deck", "q1", 1)).isNotEqualTo(AnkiGuid.of("deck", "q1"));
  }

  @Test
  void aRepeatedQuestionIdIsRefusedRatherThanMergedIntoOneNote() {
    Question q = SampleBanks.chinese().questions().get(0);
    QuestionBank twice = SampleBanks.chinese().withQuestions(List.of(q, q));
    for (tiku.render.Renderer r : List.of(new AnkiCsvRenderer(), new ApkgRenderer())) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> r.render(new RenderJob(twice, twice.questions(), RenderOptions.defaults(), dir)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("zh-tf-1");
    }
  }

  private static Answer answerReworded(Answer a) {
    return a instanceof Answer.Blanks b ? new Answer.Blanks(b.texts().stream().map(t -> t + "機制").toList()) : a;
  }

  static Map<String, CSVRecord> byGuid(Path file) throws IOException {
    return records(file).stream().collect(Collectors.toMap(r -> r.get(4), Function.identity()));
  }

  /** The HTML inside {@code <div class="cls">}. */
  static String inner(String html, String cls) {
    Matcher m = Pattern.compile("<div class=\"" + cls + "\">(.*?)</div>").matcher(html);
    assertThat(m.find()).as("div.%s in %s", cls, html).isTrue();
    String s = m.group(1);
    // drop the "<b>label</b>: " prefix of labelled blocks
    return s.replaceFirst("^<b>[^<]*</b>[^<&]*?(?=\\S)", "").replaceFirst("^:\\s", "");
  }

  /** The plain text of {@code <div class="cls">}. */
  static String text(String html, String cls) {
    return HtmlEscape.unescapeHtml(inner(html, cls).replace("<br>", "\n"));
  }
}
