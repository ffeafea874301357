package tiku.read;

/** Character classes the reader needs: CJK, Latin word characters, display width, punctuation. */
public final class Chars {
  private Chars() {}

  /** White space including the ideographic space U+3000 and no-break space. */
  public static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || c == '\uFEFF';
  }

  public static boolean isBlank(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isSpace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  public static String trim(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && isSpace(s.charAt(a))) {
      a++;
    }
    while (b > a && isSpace(s.charAt(b - 1))) {
      b--;
    }
    return s.substring(a, b);
  }

  /** A Han ideograph (CJK unified ideographs and extensions, compatibility ideographs). */
  public static boolean isHan(char c) {
    return (c >= '\u4E00' && c <= '\u9FFF')
        || (c >= '\u3400' && c <= '\u4DBF')
        || (c >= '\uF900' && c <= '\uFAFF')
        || Character.isSurrogate(c);
  }

  /** Whether text[from, to) holds only Han ideographs (an empty range does). */
  public static boolean allHan(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isHan(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A character of CJK script or CJK punctuation (no spaces between these when joining lines). */
  public static boolean isCjk(char c) {
    return isHan(c)
        || (c >= '\u3000' && c <= '\u30FF')
        || (c >= '\uFF00' && c <= '\uFFEF')
        || (c >= '\uAC00' && c <= '\uD7A3')
        || c == '\u2014'
        || c == '\u2026'
        || c == '\u00B7'
        || c == '\u30FB';
  }

  /** A letter or digit of a Latin-like script (words separated by spaces). */
  public static boolean isLatinWord(char c) {
    return Character.isLetterOrDigit(c) && !isCjk(c);
  }

  /** Columns a character takes in a fixed-width terminal (PTT wraps by columns). */
  public static int width(char c) {
    if (c >= '\u1100' && c <= '\u115F'
        || c >= '\u2E80' && c <= '\uA4CF'
        || c >= '\uAC00' && c <= '\uD7A3'
        || c >= '\uF900' && c <= '\uFAFF'
        || c >= '\uFE30' && c <= '\uFE4F'
        || c >= '\uFF00' && c <= '\uFF60'
        || c >= '\uFFE0' && c <= '\uFFE6'
        || c == '\u2014'
        || c == '\u2026') {
      return 2;
    }
    if (Character.isLowSurrogate(c)) {
      return 0;
    }
    return Character.isHighSurrogate(c) ? 2 : 1;
  }

  public static int width(CharSequence s) {
    int w = 0;
    if (s instanceof String str) {
      // a String's chars from an array, and below U+1100 every character is one column wide:
      // this runs on every line of every document
      for (char c : str.toCharArray()) {
        w += c < '\u1100' ? 1 : width(c);
      }
      return w;
    }
    for (int i = 0; i < s.length(); i++) {
      w += width(s.charAt(i));
    }
    return w;
  }

  /** Punctuation that closes something and so never starts a line in CJK typesetting. */
  public static boolean isClosing(char c) {
    return "，。、；：！？）」』》〉】〕］｝,.;:!?)]}%％…".indexOf(c) >= 0;
  }

  /** Punctuation that opens something and so never ends a line. */
  public static boolean isOpening(char c) {
    return "（「『《〈【〔［｛([{".indexOf(c) >= 0;
  }

  /** Punctuation that ends a sentence. */
  public static boolean isSentenceEnd(char c) {
    return "。！？!?".indexOf(c) >= 0;
  }

  /** A closing quote or bracket that may follow a sentence end and belongs to the sentence. */
  public static boolean isTrailingClose(char c) {
    return "」』》）)\"'”’〉】".indexOf(c) >= 0;
  }
}
