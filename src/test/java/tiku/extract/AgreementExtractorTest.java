package tiku.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tiku.model.Agreement;
import tiku.model.Facts;
import tiku.read.PlainTextReader;

class AgreementExtractorTest {
  private static List<Agreement> agreements(String text) {
    Facts f = FactExtractor.extract(PlainTextReader.read(text));
    return f.agreements();
  }

  @Test
  void titlesOfWorksAreNotAgreements() {
    assertThat(agreements("他朗誦了李白的詩《靜夜思》，又讀了書《共產黨宣言》。雙方落實《巴黎協定》。"))
        .extracting(Agreement::name).containsExactly("巴黎協定");
  }

  @Test
  void quotedNamesNeedATreatyWordAndNoSentencePunctuation() {
    assertThat(agreements("雙方啟動「綠色金融夥伴關係」，強調「自由開放的印太」，並說「我們簽署了協定，很高興」。"))
        .extracting(Agreement::name).containsExactly("綠色金融夥伴關係");
  }

  @Test
  void simplifiedTreatyWordsAndLawsButNotEverydayWords() {
    assertThat(agreements("双方签署《投资保护协定》并遵守《网络安全法》，讨论了新的方法和「工作方法」。"))
        .extracting(Agreement::name).containsExactly("投资保护协定", "网络安全法");
  }

  @Test
  void acronymInBracketsIsAnAlias() {
    assertThat(agreements("雙方在「區域全面經濟夥伴協定」(RCEP)架構下合作。\n\n作為RCEP成員，雙方將協作。"))
        .singleElement().satisfies(a -> {
          assertThat(a.name()).isEqualTo("區域全面經濟夥伴協定");
          assertThat(a.aliases()).containsExactly("RCEP");
          assertThat(a.citations()).hasSize(2);
        });
  }

  @Test
  void englishCapitalisedNamesWithoutTheirArticle() {
    assertThat(agreements("Both sides support the Treaty on the Non-Proliferation of Nuclear Weapons and a new Atlantic Charter. The agreement on data is lowercase."))
        .extracting(Agreement::name)
        .containsExactly("Treaty on the Non-Proliferation of Nuclear Weapons", "Atlantic Charter");
  }

  @Test
  void wordingLinksNeedTheSameTreatyWord() {
    assertThat(AgreementLinker.sameByWording("英越自由貿協定", "越南-英國自由貿易協定")).isTrue();
    assertThat(AgreementLinker.sameByWording("東海行為準則", "東海各方行為宣言")).isFalse();
    assertThat(AgreementLinker.sameByWording("維也納外交關係公約", "維也納領事關係公約")).isFalse();
    assertThat(AgreementLinker.sameByWording("協定", "越南-英國自由貿易協定")).isFalse();
  }
}
