package tiku.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import org.junit.jupiter.api.Test;

class CjkSplitCharacterTest {
  private static boolean mayBreakAfter(String s, int i) {
    char[] cc = s.toCharArray();
    return CjkSplitCharacter.INSTANCE.isSplitCharacter(0, i, cc.length, cc, null);
  }

  @Test
  void chineseBreaksBetweenCharactersButNotBeforeClosingPunctuation() {
    String s = "雙方同意，加強合作。";
    assertThat(mayBreakAfter(s, 0)).isTrue(); // 雙|方
    assertThat(mayBreakAfter(s, 3)).isFalse(); // 意|，
    assertThat(mayBreakAfter(s, 4)).isTrue(); // ，|加
    assertThat(mayBreakAfter(s, 8)).isFalse(); // 作|。
  }

  @Test
  void neverAfterOpeningPunctuation() {
    String s = "通過「越南」合作";
    assertThat(mayBreakAfter(s, 1)).isTrue(); // 過|「
    assertThat(mayBreakAfter(s, 2)).isFalse(); // 「|越
    assertThat(mayBreakAfter(s, 4)).isFalse(); // 南|」
  }

  @Test
  void latinWordsAndBlanksStayWhole() {
    String s = "the G7 Summit ＿＿＿＿";
    assertThat(mayBreakAfter(s, 1)).isFalse(); // t|h
    assertThat(mayBreakAfter(s, 3)).isTrue(); // space
    assertThat(mayBreakAfter(s, 15)).isFalse(); // ＿|＿
    assertThat(mayBreakAfter("越南Vietnam", 1)).isTrue(); // 南|V
  }

  @Test
  void wideCharactersAreExactlyTheChineseJapaneseAndFullWidthBlocks() {
    java.util.Set<Character.UnicodeBlock> wide = java.util.Set.of(
        Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS,
        Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A,
        Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS,
        Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION,
        Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS,
        Character.UnicodeBlock.HIRAGANA,
        Character.UnicodeBlock.KATAKANA,
        Character.UnicodeBlock.BOPOMOFO);
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      Character.UnicodeBlock block = Character.UnicodeBlock.of(c); // null where unassigned
      boolean expected = Character.isSurrogate(c) || c == '—' || c == '…' || block != null && wide.contains(block);
      assertThat(CjkSplitCharacter.isWide(c)).as("U+%04X", i).isEqualTo(expected);
    }
  }

  @Property
  void noBreakBeforeAnyClosingMark(@ForAll @CharRange(from = '\u4e00', to = '\u9fff') char han, @ForAll("closing") char close) {
    assertThat(CjkSplitCharacter.mayBreakBetween(han, close)).isFalse();
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Character> closing() {
    return net.jqwik.api.Arbitraries.of(CjkSplitCharacter.CLOSING.chars().mapToObj(c -> (char) c).toList());
  }
}
