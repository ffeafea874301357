package tiku.read;

import tiku.model.SourceSpan;

/**
 * Text re-joined from source lines, with the source offset of every character so that any
 * stretch of it maps back to a {@link SourceSpan}.
 */
public final class JoinedText {
  private final String text;
  private final int[] offsets;
  private final LineIndex index;

  JoinedText(String text, int[] offsets, LineIndex index) {
    this.text = text;
    this.offsets = offsets;
    this.index = index;
  }

  public String text() {
    return text;
  }

  public int length() {
    return text.length();
  }

  /** Source offset of character i. */
  public int sourceOffset(int i) {
    return offsets[i];
  }

  /** The part {@code [from, to)}, keeping the offsets. */
  public JoinedText sub(int from, int to) {
    int[] o = new int[to - from];
    System.arraycopy(offsets, from, o, 0, to - from);
    return new JoinedText(text.substring(from, to), o, index);
  }

  /** The part with white space trimmed at both ends. */
  public JoinedText trimmed() {
    int a = 0;
    int b = text.length();
    while (a < b && Chars.isSpace(text.charAt(a))) {
      a++;
    }
    while (b > a && Chars.isSpace(text.charAt(b - 1))) {
      b--;
    }
    return sub(a, b);
  }

  /** Source span of the characters {@code [from, to)} of this text. */
  public SourceSpan span(int from, int to) {
    if (text.isEmpty()) {
      return index.span(0, 0);
    }
    int a = offsets[Math.min(from, offsets.length - 1)];
    int b = to > from ? offsets[to - 1] + 1 : a;
    return index.span(a, Math.max(a, b));
  }

  /** Source span of the whole text. */
  public SourceSpan span() {
    return span(0, text.length());
  }
}
