package tiku.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern tried only at the offsets where one of its matches can start. It finds the same matches
 * in the same order as {@code pattern.matcher(text).find()} does, as long as the start rule is a
 * true necessary condition of the pattern and the pattern never matches the empty string.
 */
// Matcher.find() runs the whole pattern at every offset, several interface calls per character even
// when the first one fails (C1, the launcher's JIT, inlines none of them). Most offsets cannot start
// a match: a year starts with 1 or 2, a title with a capital after a non-letter. A plain character
// loop skips those, and the pattern runs (anchored, with transparent bounds, so lookbehind and \b
// still see the text before it) only where a match may start.
public final class StartScan {
  private static final int BMP = 1 << 16;

  private final Pattern pattern;
  private final long[] first;
  private final long[] before;
  private final boolean atTextStart;
  private final int groups;
  private final boolean keepsGroups;

  private StartScan(Pattern pattern, long[] first, long[] before, boolean atTextStart) {
    this.pattern = pattern;
    this.first = first;
    this.before = before;
    this.atTextStart = atTextStart;
    this.groups = pattern.matcher("").groupCount();
    this.keepsGroups = POSSESSIVE_OR_ATOMIC.matcher(pattern.pattern()).find();
  }

  // java.util.regex keeps a group that a possessive or atomic part set during a failed attempt at an
  // earlier offset of the same find(), and reports it when the group takes no part in the match
  // found later. Patterns with such parts must repeat that; see Cursor.find.
  private static final Pattern POSSESSIVE_OR_ATOMIC = Pattern.compile("[?*+}]\\+|\\(\\?>");

  /** A match starts with one of {@code firstChars}. */
  public static StartScan startingWith(Pattern pattern, String firstChars) {
    return new StartScan(pattern, bits(firstChars, false), null, true);
  }

  /**
   * A match starts with one of {@code firstChars}, at the text's start or after a character that is
   * not an ASCII letter, digit or '_' (the pattern opens with \b before a letter).
   */
  public static StartScan wordStartingWith(Pattern pattern, String firstChars) {
    return new StartScan(pattern, bits(firstChars, false), bits(WORD_CHARS, true), true);
  }

  /** A match starts at the text's start or right after one of {@code beforeChars}. */
  public static StartScan after(Pattern pattern, String beforeChars) {
    return new StartScan(pattern, null, bits(beforeChars, false), true);
  }

  private static final String WORD_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_";

  public Pattern pattern() {
    return pattern;
  }

  /** A cursor over the matches in {@code text}. */
  public Cursor in(String text) {
    return new Cursor(text);
  }

  private static long[] bits(String chars, boolean complement) {
    long[] b = new long[BMP / 64];
    for (int i = 0; i < chars.length(); i++) {
      char c = chars.charAt(i);
      b[c >>> 6] |= 1L << c;
    }
    if (complement) {
      for (int i = 0; i < b.length; i++) {
        b[i] = ~b[i];
      }
    }
    return b;
  }

  private static boolean has(long[] bits, char c) {
    return (bits[c >>> 6] & 1L << c) != 0;
  }

  private boolean mayStart(String text, int i) {
    if (first != null && !has(first, text.charAt(i))) {
      return false;
    }
    return before == null || (i == 0 ? atTextStart : has(before, text.charAt(i - 1)));
  }

  /** The matches in one text, found one after another as with {@link Matcher#find()}. */
  public final class Cursor {
    private final String text;
    private final Matcher m;
    private int from;

    private Cursor(String text) {
      this.text = text;
      this.m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** The next match, as Matcher.find() would give it. */
    public boolean find() {
      int n = text.length();
      boolean failed = false;
      for (int i = from; i < n; i++) {
        if (mayStart(text, i)) {
          m.region(i, n);
          if (m.lookingAt()) {
            if (failed && keepsGroups && missesGroup()) {
              // an earlier attempt may have left a value in that group: let find() report what it reports
              m.find(from);
            }
            from = Math.max(m.end(), i + 1);
            return true;
          }
          failed = true;
        }
      }
      from = n;
      return false;
    }

    private boolean missesGroup() {
      for (int g = 1; g <= groups; g++) {
        if (m.start(g) < 0) {
          return true;
        }
      }
      return false;
    }

    public String group() {
      return m.group();
    }

    public String group(int g) {
      return m.group(g);
    }

    public int start() {
      return m.start();
    }

    public int start(int g) {
      return m.start(g);
    }

    public int end() {
      return m.end();
    }

    public int end(int g) {
      return m.end(g);
    }
  }
}
