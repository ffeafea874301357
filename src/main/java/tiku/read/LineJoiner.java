package tiku.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Re-joins hard-wrapped lines: detects whether a text is wrapped at a fixed width (as PTT posts
 * and e-mails are), decides whether a line runs on into the next, and joins lines without a space
 * between CJK characters and with one space between Latin words.
 */
public final class LineJoiner {
  /** Below this share of near-full lines a text is taken as one paragraph per line. */
  private static final double WRAPPED_SHARE = 0.35;

  private static final int MAX_WRAP_WIDTH = 160;

  /** How far short of the wrap width a line may stop and still run on (word wrap, half-width punctuation). */
  private static final int SLACK = 8;

  private final int wrapWidth;

  private LineJoiner(int wrapWidth) {
    this.wrapWidth = wrapWidth;
  }

  /** A joiner for text wrapped at the given width in columns (0: not wrapped). */
  public static LineJoiner wrappedAt(int width) {
    return new LineJoiner(width);
  }

  /** A joiner for these lines, wrapped at the width most of them reach, if they are wrapped. */
  public static LineJoiner detect(List<Line> lines) {
    List<Integer> widths = new ArrayList<>();
    for (Line l : lines) {
      if (!l.isBlank()) {
        widths.add(Chars.width(rtrim(l.text())));
      }
    }
    if (widths.size() < 4) {
      return new LineJoiner(0);
    }
    widths.sort((a, b) -> b - a);
    int w = widths.get(widths.size() / 10);
    if (w > MAX_WRAP_WIDTH || w < 20) {
      return new LineJoiner(0);
    }
    int near = 0;
    for (int x : widths) {
      if (x >= w - SLACK && x <= w + 2) {
        near++;
      }
    }
    return new LineJoiner(near >= widths.size() * WRAPPED_SHARE ? w : 0);
  }

  /** The wrap width in columns, or 0 when the text is not hard-wrapped. */
  public int wrapWidth() {
    return wrapWidth;
  }

  /** True when {@code next} continues the paragraph that {@code prev} belongs to. */
  public boolean continues(Line prev, Line next) {
    if (prev.isBlank() || next.isBlank()) {
      return false;
    }
    String p = rtrim(prev.text());
    String q = Chars.trim(next.text());
    char last = p.charAt(p.length() - 1);
    char first = q.charAt(0);
    if (Chars.isClosing(first) || Chars.isOpening(last)) {
      return true;
    }
    if (wrapWidth == 0) {
      return false;
    }
    int pw = Chars.width(p);
    if (endsCjkSentence(p)) {
      // a CJK sentence end at a short line ends the paragraph; only a brim-full line runs on
      return pw >= wrapWidth;
    }
    return pw + 1 + firstTokenWidth(q) >= wrapWidth - SLACK;
  }

  private static boolean endsCjkSentence(String p) {
    int i = p.length() - 1;
    while (i > 0 && Chars.isTrailingClose(p.charAt(i))) {
      i--;
    }
    char c = p.charAt(i);
    return c == '。' || c == '！' || c == '？' || c == '」' && i == p.length() - 1;
  }

  private static int firstTokenWidth(String q) {
    if (!Chars.isLatinWord(q.charAt(0))) {
      return Chars.width(q.charAt(0));
    }
    int i = 0;
    while (i < q.length() && !Chars.isSpace(q.charAt(i)) && !Chars.isCjk(q.charAt(i))) {
      i++;
    }
    return Chars.width(q.substring(0, i));
  }

  /** Joins the lines' trimmed texts, keeping each character's source offset. */
  public static JoinedText join(List<Line> lines, LineIndex index) {
    // one char array and its offsets grown together, rather than a StringBuilder append per character
    char[] buf = new char[64];
    int[] offs = new int[64];
    int n = 0;
    for (Line l : lines) {
      String t = l.text();
      int a = 0;
      int b = t.length();
      while (a < b && Chars.isSpace(t.charAt(a))) {
        a++;
      }
      while (b > a && Chars.isSpace(t.charAt(b - 1))) {
        b--;
      }
      if (a == b) {
        continue;
      }
      if (n + 1 + (b - a) > buf.length) {
        int size = Math.max(n + 1 + (b - a), buf.length * 2);
        buf = java.util.Arrays.copyOf(buf, size);
        offs = java.util.Arrays.copyOf(offs, size);
      }
      if (n > 0 && needsSpace(buf[n - 1], t.charAt(a))) {
        offs[n] = offs[n - 1];
        buf[n++] = ' ';
      }
      t.getChars(a, b, buf, n);
      int start = l.start();
      for (int i = a; i < b; i++, n++) {
        char c = buf[n];
        // a tab or odd space inside a line reads as one plain space
        if (c == '\t' || c == '\u00A0') {
          buf[n] = ' ';
        }
        offs[n] = start + i;
      }
    }
    return new JoinedText(new String(buf, 0, n), java.util.Arrays.copyOf(offs, n), index);
  }

  /** One space between Latin words (and after Latin punctuation), none around CJK. */
  static boolean needsSpace(char a, char b) {
    if (Chars.isCjk(a) || Chars.isCjk(b) || a == '-' || a == '/') {
      return false;
    }
    boolean bStartsWord = Chars.isLatinWord(b) || b == '(' || b == '"' || b == '“' || b == '‘' || b == '$';
    boolean aEndsWord = Chars.isLatinWord(a) || ",.;:!?)\"”’%".indexOf(a) >= 0;
    return aEndsWord && bStartsWord;
  }

  private static String rtrim(String s) {
    int b = s.length();
    while (b > 0 && Chars.isSpace(s.charAt(b - 1))) {
      b--;
    }
    return s.substring(0, b);
  }
}
