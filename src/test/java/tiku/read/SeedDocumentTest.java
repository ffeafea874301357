package tiku.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tiku.model.Clause;
import tiku.model.Document;
import tiku.model.Language;
import tiku.model.Section;

/** The seed PTT post, checked against what a scan of its raw lines says, not against our own output. */
class SeedDocumentTest {
  private static final Pattern CLAUSE_LINE = Pattern.compile("^(\\d+)\\. ");
  private static final Pattern HEADING_LINE = Pattern.compile("^([一二三四五六七八九十]+)、(.+)$");

  private static String raw;
  private static Document doc;
  /** Clause numbers under each heading, from the raw lines up to the first "--". */
  private static Map<String, List<Integer>> expectedRanges;
  private static List<Integer> expectedPreamble;

  @BeforeAll
  static void read() {
    raw = Fixtures.text(Fixtures.SEED);
    doc = Fixtures.read(Fixtures.SEED);
    expectedRanges = new LinkedHashMap<>();
    expectedPreamble = new ArrayList<>();
    String heading = null;
    for (String line : raw.split("\n")) {
      if (line.equals("--")) {
        break;
      }
      Matcher h = HEADING_LINE.matcher(line);
      Matcher c = CLAUSE_LINE.matcher(line);
      if (h.matches()) {
        heading = h.group(2);
        expectedRanges.put(heading, new ArrayList<>());
      } else if (c.find()) {
        (heading == null ? expectedPreamble : expectedRanges.get(heading)).add(Integer.parseInt(c.group(1)));
      }
    }
  }

  @Test
  void scanOfTheSourceAgreesWithTheIssue() {
    // guards the scan itself: 48 clauses, six pillars, ranges 3–14, 15–25, 26–29, 30–33, 34–41, 42–48
    assertThat(expectedRanges).hasSize(6);
    assertThat(expectedRanges.values().stream().mapToInt(List::size).sum() + expectedPreamble.size()).isEqualTo(48);
    assertThat(expectedRanges.values()).extracting(l -> l.get(0)).containsExactly(3, 15, 26, 30, 34, 42);
  }

  @Test
  void fortyEightClausesNumberedAsPrinted() {
    assertThat(doc.clauses()).hasSize(48);
    for (int i = 0; i < 48; i++) {
      Clause c = doc.clauses().get(i);
      assertThat(c.number()).isEqualTo(i + 1);
      assertThat(c.label()).isEqualTo(String.valueOf(i + 1));
    }
  }

  @Test
  void sixSectionsWithTheirClauseRanges() {
    assertThat(doc.sections()).extracting(Section::heading).containsExactlyElementsOf(expectedRanges.keySet());
    assertThat(doc.sections()).extracting(Section::label).containsExactly("一", "二", "三", "四", "五", "六");
    for (Section s : doc.sections()) {
      List<Integer> in = doc.clauses().stream().filter(c -> Integer.valueOf(s.number()).equals(c.section())).map(Clause::number).toList();
      assertThat(in).as("clauses of %s", s.heading()).isEqualTo(expectedRanges.get(s.heading()));
    }
  }

  @Test
  void clausesBeforeTheFirstHeadingArePreamble() {
    assertThat(doc.clauses().stream().filter(c -> c.section() == null).map(Clause::number)).containsExactlyElementsOf(expectedPreamble);
  }

  @Test
  void clauseTextIsItsSourceLinesRejoined() {
    for (Clause c : doc.clauses()) {
      String spanned = doc.source().substring(c.span().start(), c.span().end());
      String rejoined = spanned.replace("\n", "").replaceFirst("^\\d+\\.\\s*", "");
      assertThat(c.text()).isEqualTo(rejoined);
      assertThat(raw.split("\n", -1)[c.span().startLine() - 1]).startsWith(c.label() + ".");
      assertThat(c.text()).endsWith("。");
    }
  }

  @Test
  void sentencesPointAtTheirSourceText() {
    for (Clause c : doc.clauses()) {
      assertThat(c.sentences()).isNotEmpty();
      assertThat(String.join("", c.sentences().stream().map(s -> s.text()).toList())).isEqualTo(c.text());
      c.sentences().forEach(s -> assertThat(doc.source().substring(s.span().start(), s.span().end()).replace("\n", "")).isEqualTo(s.text()));
    }
  }

  @Test
  void headerIsMetadataAndTitleLosesItsTag() {
    assertThat(doc.title()).isEqualTo("英越升至全面戰略夥伴關係 越南主動出擊外交新戰略");
    assertThat(doc.metadata()).containsEntry("board", "IA").containsEntry("author", "laptic (靜夜聖林彼岸花)");
    assertThat(doc.metadata().get("time")).contains("2025");
    assertThat(doc.metadata().get("urls")).contains("https://www.cna.com.tw/news/aopl/202510310162.aspx", "https://zh.vietnamplus.vn/article-post251437.vnp");
    assertThat(doc.language()).isEqualTo(Language.ZH_HANT);
  }

  @Test
  void signatureFooterBylinesAndUrlsAreNotContent() {
    assertThat(doc.content())
        .doesNotContain("送別", "長亭外", "馬來西亞", "※", "發信站", "http", "作者", "看板", "記者曾婷瑄", "編輯:陳承功", "新聞來源");
    assertThat(doc.metadata().get("byline")).contains("記者曾婷瑄");
    assertThat(doc.metadata().get("editor")).contains("陳承功");
  }

  @Test
  void wrappedNamesAndLatinWordsAreRejoined() {
    assertThat(doc.content()).contains("施凱爾(Keir Starmer)", "蘇林重新定義", "(Nguyen Thi Phuong Thao)", "《聯合國憲章》基本原則");
    assertThat(doc.content()).doesNotContain("Keir\n", "蘇\n林");
  }

  @Test
  void contentIsParagraphsAndClausesOnePerLine() {
    List<String> lines = List.of(doc.content().split("\n"));
    assertThat(lines).hasSize(doc.clauses().size() + doc.paragraphs().size());
    assertThat(lines).containsAll(doc.clauses().stream().map(Clause::text).toList());
    assertThat(doc.paragraphs()).allSatisfy(p -> assertThat(p.section()).isNull());
  }
}
