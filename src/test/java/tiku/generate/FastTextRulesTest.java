package tiku.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * The hand-written scans that replaced per-call regular expressions and String.indexOf answer
 * exactly as those did: checked on random text over the characters the rules turn on.
 */
class FastTextRulesTest {
  /** The rule usable() had as two patterns before the prefilters and the hand scan. */
  private static final Pattern RELATIVE_TIME =
      Pattern.compile(
          "今年|去年|明年|本月|上個?月|下個?月|这个月|這個月|日前|近日|昨[天日]|今[天日]|明天|前天|本週|本周|上週|上周|下週|下周|近來|近来"
              + "|(?<![月0-9０-９])(?<!月[0-9]{1,2}日至)(?<!月[0-9]{2}日-)[0-9０-９]{1,2}日"
              + "|(?i)\\b(today|yesterday|tomorrow|(last|next|this) (week|month|year)|later this year|recently)\\b");
  private static final Pattern URL = Pattern.compile("(?i)https?://|www\\.|\\.(com|org|net|vn|tw|gov)\\b/");

  @Property(tries = 3000)
  void usableAgreesWithTheOriginalPatterns(@ForAll("pieces") String text) {
    boolean original = !URL.matcher(text).find() && !RELATIVE_TIME.matcher(text).find();
    assertThat(DocumentText.usable(text)).as(text).isEqualTo(original);
  }

  @Provide
  Arbitrary<String> pieces() {
    return Arbitraries.of("today", "ToDay", "last ", "this ", "later ", "week", "Month", "YEAR", "recently", "xtoday",
            "www.", "WwW.", "http", "://", ".com", "/", " ", "a", "28日", "10月", "至", "-", "今年", "上個月", "x")
        .list().ofMaxSize(8).map(l -> String.join("", l));
  }
  @Property(tries = 3000)
  void chineseRelativeTimeScanAgreesWithItsPattern(
      @ForAll @Chars({'月', '日', '至', '-', '1', '2', '3', '０', '９', '今', '年', '上', '個', '下', '天', '前', '近', '來', '這', '个', '周', 'x'})
          @StringLength(max = 14) String text) {
    assertThat(RelativeTime.chinese(text)).as(text).isEqualTo(RelativeTime.CHINESE_RULE.matcher(text).find());
  }

  @Test
  void chineseRelativeTimeOnDates() {
    for (String t : new String[] {"10月28日至30日", "10月8日至30日", "10月28日-30日", "10月8日-30日", "28日", "於28日至30日", "2025年", "今年", "上個月", "５日"}) {
      assertThat(RelativeTime.chinese(t)).as(t).isEqualTo(RelativeTime.CHINESE_RULE.matcher(t).find());
    }
  }

  @Property(tries = 2000)
  void contentIndexAgreesWithIndexOf(
      @ForAll @Chars({'a', 'b', 'c', '越', '南'}) @StringLength(max = 40) String content,
      @ForAll @Chars({'a', 'b', 'c', '越', '南'}) @StringLength(max = 4) String term,
      @ForAll @net.jqwik.api.constraints.IntRange(max = 40) int from,
      @ForAll @net.jqwik.api.constraints.IntRange(max = 40) int length) {
    ContentIndex index = new ContentIndex(content);
    assertThat(index.contains(term)).isEqualTo(content.contains(term));
    int n = 0;
    if (!term.isEmpty()) {
      for (int i = content.indexOf(term); i >= 0; i = content.indexOf(term, i + term.length())) {
        n++;
      }
    }
    assertThat(index.count(term)).isEqualTo(n);
    int start = Math.min(from, content.length());
    int end = Math.min(content.length(), start + length);
    String text = content.substring(start, end);
    assertThat(index.indexOf(term, start, text.length())).as("'%s' in '%s'", term, text).isEqualTo(text.indexOf(term));
  }
}
