package tiku.generate;

import static tiku.extract.StartScanTest.agrees;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import tiku.extract.StartScan;

/** The question families' StartScans find exactly what their patterns' Matcher.find() finds. */
class StartScanUseTest {
  private static final List<StartScan> SCANS = List.of(AcronymPair.BRACKETED_ZH_AT, AcronymPair.LATIN_AT,
      QuantityQuestions.COUNT_AT, PartyQuestions.SUBJECT_AT, ClozeQuestions.QUOTED_ZH_AT, ClozeQuestions.QUOTED_EN_AT,
      YearMention.ZH_AT, YearMention.EN_AT);

  @Property(tries = 3000)
  void scansAgree(@ForAll("pieces") String text) {
    SCANS.forEach(s -> agrees(s, text));
  }

  @Test
  void aSubjectOfThreeSupplementaryHanCharacters() {
    org.assertj.core.api.Assertions.assertThat(
        tiku.extract.StartScanTest.scanned(PartyQuestions.SUBJECT_AT, "，\uD840\uDC00\uD840\uDC00\uD840\uDC00承諾")).hasSize(1);
  }

  @Test
  void realSentences() {
    for (String t : List.of(
        "英國承諾向越南提供「跨太平洋夥伴全面進步協定」(CPTPP)的支持，越南歡迎，雙方重申六大合作支柱、16個國家、35周年。",
        "The “Industrial Decarbonisation Agenda” (IDA) and ‘Green Growth Plan’ since 1990 and 2030 Agenda.",
        "自1973年建交，《2025年備忘錄》，2022-2026年，十五年，兩项",
        "，\uD840\uDC00\uD840\uDC00\uD840\uDC00承諾。英國將，英越兩國重申，中國高度評價")) {
      SCANS.forEach(s -> agrees(s, t));
    }
  }

  @Provide
  Arbitrary<String> pieces() {
    return Arbitraries.of("「", "」", "《", "》", "“", "”", "‘", "’", "(", ")", "（", "）", "CPTPP", "IDA", "Ab", "x",
            "英國", "越南", "雙方", "承諾", "歡迎", "將", "，", "。", "；", ":", ",", "2025", "1973", "20", "年", "年代",
            "六", "大", "合作", "個國家", "周年", "项", "十", "兩", "第", "-", "/", " ", " Agenda", "Green Growth", ".",
            "$", "%", "\uD840\uDC00")
        .list().ofMaxSize(12).map(l -> String.join("", l));
  }
}
