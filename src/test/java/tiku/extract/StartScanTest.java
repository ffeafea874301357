package tiku.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A StartScan finds exactly the matches Matcher.find() finds (offsets and groups, in order), for
 * every pattern the extractors scan that way: checked on random joins of the pieces the patterns
 * turn on.
 */
public class StartScanTest {
  /** Every match of the plain pattern, with its groups. */
  public static List<String> plain(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      StringBuilder b = new StringBuilder();
      for (int g = 0; g <= m.groupCount(); g++) {
        b.append(m.start(g)).append('-').append(m.end(g)).append(':').append(m.group(g)).append('|');
      }
      out.add(b.toString());
    }
    return out;
  }

  /** Every match the scan finds, with its groups. */
  public static List<String> scanned(StartScan s, String text) {
    List<String> out = new ArrayList<>();
    StartScan.Cursor m = s.in(text);
    int groups = s.pattern().matcher("").groupCount();
    while (m.find()) {
      StringBuilder b = new StringBuilder();
      for (int g = 0; g <= groups; g++) {
        b.append(m.start(g)).append('-').append(m.end(g)).append(':').append(m.group(g)).append('|');
      }
      out.add(b.toString());
    }
    return out;
  }

  public static void agrees(StartScan s, String text) {
    assertThat(scanned(s, text)).as("%s in '%s'", s.pattern(), text).isEqualTo(plain(s.pattern(), text));
  }

  @Property(tries = 1500)
  void englishScansAgree(@ForAll("english") String text) {
    agrees(YearEventExtractor.ENGLISH_YEAR_AT, text);
    agrees(QuantityExtractor.ENGLISH_AT, text);
    agrees(PersonExtractor.ENGLISH_AT, text);
    agrees(OrganizationExtractor.ENGLISH_HEAD_AT, text);
    agrees(TreatyWords.ENGLISH_AT, text);
  }

  @Property(tries = 1500)
  void chineseScansAgree(@ForAll("chinese") String text) {
    agrees(YearEventExtractor.CHINESE_DATE_AT, text);
    agrees(QuantityExtractor.CHINESE_AT, text);
  }

  @Test
  void realSentences() {
    for (String t : List.of(
        "In 2021 the Prime Minister Boris Johnson and President Biden signed the New Atlantic Charter, by March 3, 2022.",
        "We will invest $100 billion and US$5 million, 15% per cent, 1,000 people from 2019/20 until the end of 2030.",
        "The Department of State, the Council and the United Nations Framework Convention on Climate Change (UNFCCC).",
        "自1973年建交以來，2025年1月15日至16日，雙方簽署50億英鎊、16個國家、35周年的協議。",
        "x1999年, a2021, _In 2020, Minister's, KingKong, 3.5 degrees, 12 days",
        "through the end of September 12, 2021; During the end of September 1, 1999; In 1999 and by 2050.")) {
      for (StartScan s : List.of(YearEventExtractor.ENGLISH_YEAR_AT, QuantityExtractor.ENGLISH_AT, PersonExtractor.ENGLISH_AT,
          OrganizationExtractor.ENGLISH_HEAD_AT, TreatyWords.ENGLISH_AT, YearEventExtractor.CHINESE_DATE_AT,
          QuantityExtractor.CHINESE_AT)) {
        agrees(s, t);
      }
    }
    assertThat(scanned(YearEventExtractor.ENGLISH_YEAR_AT, "signed in 2021.")).hasSize(1);
    assertThat(scanned(YearEventExtractor.ENGLISH_YEAR_AT, "through the end of September 12, 2021")).hasSize(1);
  }

  @Provide
  Arbitrary<String> english() {
    return Arbitraries.of("in ", "In ", "by ", "since ", "through ", "to ", "of ", "the end of ", "early ", "late ",
            "March ", "September ", "12, ", "2021", "1999", "/22", "3", "0", ",000", ".5", "$", "£", "€", "US$", " million", " billion",
            "%", " per cent", " days", " years", " people", "President ", "Prime Minister ", "Vice President ", "King ",
            "Boris ", "Johnson", "J. ", "Smith-Jones", "Department", "Council", "United ", "Nations", "Agreement",
            "Charter", "Framework", "Convention", "Communiqué", "Memorandum", "Partnership", "a", "x", "_", "-", "’",
            "'", " ", " ", ", ", ".", "(", ")", "é", "越", "\u0301")
        .list().ofMaxSize(12).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> chinese() {
    return Arbitraries.of("2025", "1973", "12", "5", "0", ",000", ".5", "年", "月", "日", "號", "至", "到", "-", "–",
            "萬", "億", "英鎊", "%", "個", "國家", "周年", "倍", "人", "第", "A", "x", " ", "，", "《", "》", "建交", "以來")
        .list().ofMaxSize(12).map(l -> String.join("", l));
  }
}
