package tiku.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The per-line rules skip their patterns when a line lacks what every match needs (a credit word,
 * 記者, "By ", a colon) or try them at the line's start only (^ patterns): the verdicts must be
 * those of the patterns alone, checked here against the patterns as written.
 */
class LinePrechecksTest {
  private static final Pattern EDITOR =
      Pattern.compile("^[（(【\\[]?\\s*+(?:責任編輯|责任编辑|編輯|编辑|譯者|译者|翻譯|翻译|審校|审校|校對|校对)\\s*+[:：/／]\\s*+[^()（）]{1,30}[)）】\\]]?$");
  private static final Pattern REPORTER =
      Pattern.compile("^[^，。,.；;「」]{0,20}(?:記者|记者)\\s*+\\p{IsHan}{2,4}(?:[\\s、/／][^，。,.；;「」]{0,20})?$");
  private static final Pattern ENGLISH_BY = Pattern.compile("^By [A-Z][a-zA-Z.'-]*+(?: [A-Z][a-zA-Z.'-]*+){0,4}$");
  private static final Pattern DOT = Pattern.compile("^([0-9]{1,3})[.．、](?![0-9])\\s*+(?=\\S)");
  private static final Pattern PAREN = Pattern.compile("^[（(]([0-9]{1,3})[）)]\\s*+(?=\\S)");
  private static final Pattern DASH = Pattern.compile("^(——|──|－－|—|•|·|\\* |- )\\s*+(?=\\S)");

  @Property(tries = 3000)
  void bylineVerdictsAreThePatterns(@ForAll("lines") String line) {
    String expected = line.length() > 60 ? null
        : EDITOR.matcher(line).matches() ? "editor"
        : REPORTER.matcher(line).matches() || ENGLISH_BY.matcher(line).matches() ? "byline" : null;
    assertThat(Bylines.kind(line)).as(line).isEqualTo(expected);
  }

  @Property(tries = 3000)
  void clauseMarkersAreWhatFindFinds(@ForAll("lines") String line) {
    Marker got = ClauseSplitter.match(line);
    var dot = DOT.matcher(line);
    var paren = PAREN.matcher(line);
    var dash = DASH.matcher(line);
    if (!line.isEmpty() && dot.find()) {
      assertThat(got).isNotNull();
      assertThat(got.style()).isEqualTo("dot");
      assertThat(got.length()).isEqualTo(dot.end());
    } else if (got != null && got.style().equals("paren")) {
      assertThat(paren.find()).isTrue();
      assertThat(got.length()).isEqualTo(paren.end());
    } else if (got != null && got.style().equals("dash")) {
      assertThat(dash.find()).isTrue();
      assertThat(got.length()).isEqualTo(dash.end());
    }
    if (!line.isEmpty() && !dot.reset().find() && paren.reset().find()) {
      assertThat(got).isNotNull();
    }
  }

  @Provide
  Arbitrary<String> lines() {
    return Arbitraries.of("（", "(", "【", "責任", "編輯", "编辑", "譯者", "校對", ":", "：", "/", " ", "陳承功", "）", ")",
            "記者", "记者", "曾婷瑄", "河內專電", "，", "By ", "Jane", " Doe", "by", "12", "3", ".", "．", "、", "—", "——",
            "•", "- ", "* ", "x", "第五條")
        .list().ofMaxSize(10).map(l -> String.join("", l));
  }
}
