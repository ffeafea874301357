package tiku.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tiku.model.Sentence;

class SentenceSplitterTest {
  private static List<String> split(String text) {
    LineIndex index = new LineIndex(text);
    return SentenceSplitter.split(LineJoiner.join(index.lines(), index)).stream().map(Sentence::text).toList();
  }

  @Test
  void chineseSentencesKeepTheirClosingQuotes() {
    assertThat(split("他說「我們會來。」然後離開了。對嗎？"))
        .containsExactly("他說「我們會來。」然後離開了。", "對嗎？");
  }

  @Test
  void englishAbbreviationsAndInitialsDoNotEndSentences() {
    assertThat(split("Mr. Smith met Joseph R. Biden, Jr. at the U.K. embassy. Then he left."))
        .containsExactly("Mr. Smith met Joseph R. Biden, Jr. at the U.K. embassy.", "Then he left.");
  }

  @Test
  void decimalsAndLowercaseContinuationsStayInside() {
    assertThat(split("Warming of 1.5 degrees is the limit. e.g. this stays.")).hasSize(1);
  }

  @Test
  void anUnclosedQuoteDoesNotSwallowTheRest() {
    String longQuote = "「" + "很長的話".repeat(100) + "。" + "後面的句子。";
    assertThat(split(longQuote).size()).isGreaterThan(1);
  }
}
