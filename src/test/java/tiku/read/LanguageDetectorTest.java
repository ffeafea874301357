package tiku.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tiku.model.Language;

class LanguageDetectorTest {
  @Test
  void tellsTheScriptsApart() {
    assertThat(LanguageDetector.detect("兩國關係提升為全面戰略夥伴關係，雙方將深化經濟合作。")).isEqualTo(Language.ZH_HANT);
    assertThat(LanguageDetector.detect("两国关系提升为全面战略伙伴关系，双方将深化经济合作。")).isEqualTo(Language.ZH_HANS);
    assertThat(LanguageDetector.detect("The two countries will deepen their economic cooperation.")).isEqualTo(Language.EN);
  }

  @Test
  void afewChineseNamesInEnglishTextStayEnglish() {
    assertThat(LanguageDetector.detect("The President met Xi Jinping (習近平) in Beijing to discuss trade and climate.")).isEqualTo(Language.EN);
  }
}
