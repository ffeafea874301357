package tiku.generate;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * The hand-written scans that replaced per-call regular expressions and String.indexOf answer
 * exactly as those did: checked on random text over the characters the rules turn on.
 */
class FastTextRulesTest {
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
