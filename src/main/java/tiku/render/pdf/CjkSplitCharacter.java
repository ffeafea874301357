package tiku.render.pdf;

import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import java.util.BitSet;

/**
 * Where a line may break in mixed Chinese and Latin text, with the kinsoku rules Chinese
 * typesetting keeps: a line may break between any two Chinese characters, but never just before
 * closing punctuation (，。、；：）」』》？！…) nor just after opening punctuation (（「『《).
 * Latin words, numbers and runs of blank underscores are kept whole.
 *
 * <p>OpenPDF asks "may the line end after {@code cc[current]}?" and passes the whole paragraph, so
 * the rule also holds where one chunk ends and the next begins.
 */
public final class CjkSplitCharacter implements SplitCharacter {
  /** One shared instance: it holds no state. */
  public static final CjkSplitCharacter INSTANCE = new CjkSplitCharacter();

  /** May not begin a line. */
  static final String CLOSING = "，。、；：？！）」』》〉】〕｝〗〙〛％‰’”…‥・·ー～,.;:?!)]}%";

  /** May not end a line. */
  static final String OPENING = "（「『《〈【〔｛〖〘〚‘“([{";

  private CjkSplitCharacter() {}

  @Override
  public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
    if (current + 1 >= end) {
      return true;
    }
    char c = at(current, cc, ck);
    char next = at(current + 1, cc, ck);
    return mayBreakBetween(c, next);
  }

  /** Whether a line may end after {@code c} when {@code next} follows. */
  static boolean mayBreakBetween(char c, char next) {
    if (isClosing(next) || isOpening(c) || Character.isHighSurrogate(c)) {
      return false;
    }
    if (isBlank(c) && isBlank(next)) {
      return false; // a blank to write in stays one piece
    }
    if (c == '—' && next == '—' || c == '…' && next == '…') {
      return false;
    }
    if (Character.isWhitespace(c) || c == '\u3000') {
      return true;
    }
    if (c == '-' || c == '/' || c == '→') {
      return !Character.isWhitespace(next);
    }
    return isWide(c) || isWide(next);
  }

  // looked up for every character of every line OpenPDF measures, so sets rather than indexOf
  private static final BitSet CLOSING_SET = set(CLOSING);
  private static final BitSet OPENING_SET = set(OPENING);

  static boolean isClosing(char c) {
    return CLOSING_SET.get(c);
  }

  static boolean isOpening(char c) {
    return OPENING_SET.get(c);
  }

  private static BitSet set(String chars) {
    BitSet b = new BitSet();
    chars.chars().forEach(b::set);
    return b;
  }

  private static boolean isBlank(char c) {
    return c == '_' || c == '＿';
  }

  /**
   * Chinese characters, kana, CJK punctuation and full-width forms: each one a breakable unit.
   * Plain ranges rather than {@code Character.UnicodeBlock.of}, which searched the block table for
   * every character of every line OpenPDF measured (a seventh of a large worksheet's time); the
   * ranges are exactly those blocks (the test compares them for every char).
   */
  static boolean isWide(char c) {
    return c >= '\u3000' && c <= '\u312F' // CJK symbols and punctuation, hiragana, katakana, bopomofo
        || c >= '\u3400' && c <= '\u4DBF' // CJK unified ideographs extension A
        || c >= '\u4E00' && c <= '\u9FFF' // CJK unified ideographs
        || c >= '\uF900' && c <= '\uFAFF' // CJK compatibility ideographs
        || c >= '\uFF00' && c <= '\uFFEF' // halfwidth and fullwidth forms
        || Character.isSurrogate(c) // supplementary ideographs (CJK Extension B…); never split inside the pair (above)
        || c == '—'
        || c == '…';
  }

  private static char at(int i, char[] cc, PdfChunk[] ck) {
    if (ck == null) {
      return cc[i];
    }
    PdfChunk chunk = ck[Math.min(i, ck.length - 1)];
    return (char) chunk.getUnicodeEquivalent(cc[i]);
  }
}
