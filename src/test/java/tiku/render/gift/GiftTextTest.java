package tiku.render.gift;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GiftTextTest {
  @Test
  void escapesEveryCharacterMoodlesRepcharEscapes() {
    // the table in Moodle's qformat_gift::repchar: \ # = ~ { } : and a line break
    assertThat(GiftText.escape("\\")).isEqualTo("\\\\");
    assertThat(GiftText.escape("#=~{}:")).isEqualTo("\\#\\=\\~\\{\\}\\:");
    assertThat(GiftText.escape("a\nb")).isEqualTo("a\\nb");
    assertThat(GiftText.escape("a\r\nb")).isEqualTo("a\\nb");
    // a backslash before "n" stays a backslash and an n, not a line break
    assertThat(GiftText.escape("C:\\new")).isEqualTo("C\\:\\\\new");
    assertThat(GiftText.escape("<b>&中文 %50% []")).isEqualTo("<b>&中文 %50% []");
  }

  @Test
  void marksAnswersThatReadersWouldTakeForAFormatOrAWeight() {
    assertThat(GiftText.answer("[html]x")).isEqualTo("[plain][html]x");
    assertThat(GiftText.answer("%50% of it")).isEqualTo("[plain]%50% of it");
    assertThat(GiftText.answer("  1973 ")).isEqualTo("1973");
  }
}
