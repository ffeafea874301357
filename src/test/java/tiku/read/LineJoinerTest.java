package tiku.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineJoinerTest {
  private static String join(String... lines) {
    LineIndex index = new LineIndex(String.join("\n", lines));
    return LineJoiner.join(index.lines(), index).text();
  }

  @Test
  void noSpaceBetweenCjkOneBetweenLatinWords() {
    assertThat(join("英國首相施凱爾(Keir", "Starmer)舉行會談")).isEqualTo("英國首相施凱爾(Keir Starmer)舉行會談");
    assertThat(join("越共總書記蘇", "林出訪")).isEqualTo("越共總書記蘇林出訪");
    assertThat(join("the United", "Kingdom,", "and")).isEqualTo("the United Kingdom, and");
    assertThat(join("post-", "industrial")).isEqualTo("post-industrial");
    assertThat(join("研究中心(ISEAS-Yusof Ishak Institute)區域", "研究計畫")).isEqualTo("研究中心(ISEAS-Yusof Ishak Institute)區域研究計畫");
  }

  @Test
  void joinedOffsetsPointIntoTheSource() {
    String src = "  甲乙\n丙 丁\n";
    LineIndex index = new LineIndex(src);
    JoinedText jt = LineJoiner.join(index.lines(), index);
    assertThat(jt.text()).isEqualTo("甲乙丙 丁");
    for (int i = 0; i < jt.length(); i++) {
      if (jt.text().charAt(i) != ' ') {
        assertThat(src.charAt(jt.sourceOffset(i))).isEqualTo(jt.text().charAt(i));
      }
    }
    assertThat(jt.span(2, 5)).satisfies(s -> {
      assertThat(s.startLine()).isEqualTo(2);
      assertThat(src.substring(s.start(), s.end())).isEqualTo("丙 丁");
    });
  }

  @Test
  void closingPunctuationOrAnOpenBracketAlwaysRunsOn() {
    LineIndex index = new LineIndex("短行「\n外交新紀元」。\n》基本原則\n");
    List<Line> l = index.lines();
    LineJoiner unwrapped = LineJoiner.wrappedAt(0);
    assertThat(unwrapped.continues(l.get(0), l.get(1))).isTrue();
    assertThat(unwrapped.continues(l.get(1), l.get(2))).isTrue();
  }

  @Test
  void wrapWidthIsDetectedAndShortLinesEndParagraphs() {
    String full = "這是一個很長的句子用來測試自動換行的判斷是否正確而且不會出錯的情況下繼續";
    String text = String.join("\n", full, full, "結束了。", full, full, "又結束了。");
    LineIndex index = new LineIndex(text);
    LineJoiner joiner = LineJoiner.detect(index.lines());
    assertThat(joiner.wrapWidth()).isEqualTo(Chars.width(full));
    List<Line> l = index.lines();
    assertThat(joiner.continues(l.get(0), l.get(1))).isTrue();
    assertThat(joiner.continues(l.get(2), l.get(3))).isFalse();
  }

  @Test
  void unwrappedTextKeepsEachLineApart() {
    LineIndex index = new LineIndex("One paragraph that is long.\nAnother.\nThird one here.\nFourth, a much much longer line than the rest of them all.\n");
    LineJoiner joiner = LineJoiner.detect(index.lines());
    assertThat(joiner.continues(index.lines().get(0), index.lines().get(1))).isFalse();
  }
}
