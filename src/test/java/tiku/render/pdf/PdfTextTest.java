package tiku.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PdfTextTest {
  @Test
  void controlCharactersAndLineSeparatorsPrintAsOneSpaceEach() {
    assertThat(PdfText.clean("第一條\t越南\r\n英國\u2028合作\u0007。")).isEqualTo("第一條 越南  英國 合作 。");
    assertThat(PdfText.clean("\nA")).isEqualTo(" A");
    assertThat(PdfText.clean("B\u2029")).isEqualTo("B ");
    assertThat(PdfText.clean(null)).isEmpty();
  }

  @Test
  void textWithoutThemIsLeftAsItIs() {
    String s = "雙方同意加強合作 (A) G7 Summit ＿＿＿＿";
    assertThat(PdfText.clean(s)).isSameAs(s);
  }
}
