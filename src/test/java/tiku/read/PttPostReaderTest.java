package tiku.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tiku.model.Document;

class PttPostReaderTest {
  private static final String GOSSIPING =
      String.join(
          "\n",
          "作者: someone (某人) 看板: Gossiping",
          "標題: Re: [新聞] 兩國簽署協定",
          "時間: Tue Mar  4 10:00:00 2025",
          "",
          "1.媒體來源:",
          "中央社",
          "2.記者署名:",
          "王小明",
          "3.完整新聞標題:",
          "兩國簽署協定",
          "4.完整新聞內文:",
          "雙方今天簽署《自由貿易協定》。",
          "5.完整新聞連結 (或短網址):",
          "https://example.com/news/1",
          "6.備註:",
          "好消息。",
          "※ 引述《other》之銘言：",
          "--",
          "簽名檔",
          "--",
          "※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 1.2.3.4 (臺灣)",
          "推 someone: 好");

  @Test
  void recognisesAPost() {
    assertThat(PttPostReader.looksLike(GOSSIPING)).isTrue();
    assertThat(PttPostReader.looksLike("作者是誰不重要\n這是一般文章。\n")).isFalse();
  }

  @Test
  void newsTemplateLabelsBecomeMetadata() {
    Document d = PttPostReader.read(new LineIndex(GOSSIPING));
    assertThat(d.title()).isEqualTo("兩國簽署協定");
    assertThat(d.metadata())
        .containsEntry("source", "中央社")
        .containsEntry("byline", "王小明")
        .containsEntry("headline", "兩國簽署協定")
        .containsEntry("url", "https://example.com/news/1");
    assertThat(d.content()).isEqualTo("雙方今天簽署《自由貿易協定》。\n好消息。");
    assertThat(d.clauses()).isEmpty();
  }
}
