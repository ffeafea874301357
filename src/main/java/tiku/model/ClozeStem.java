package tiku.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A cloze stem cut at its blanks. A blank is written in the stem as a run of two or more
 * full-width low lines {@code ＿＿} or three or more ASCII underscores {@code ___} (two ASCII
 * underscores occur in ordinary text, such as identifiers).
 *
 * @param segments the text around the blanks: one more segment than there are blanks
 */
public record ClozeStem(List<String> segments) {
  public ClozeStem {
    segments = List.copyOf(segments);
  }

  /** The blank that the generator writes. */
  public static final String BLANK = "＿＿＿＿";

  public static ClozeStem parse(String stem) {
    List<String> parts = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    int i = 0;
    while (i < stem.length()) {
      char c = stem.charAt(i);
      int j = i;
      while (j < stem.length() && stem.charAt(j) == c && isBlankChar(c)) {
        j++;
      }
      if (j - i >= (c == '＿' ? 2 : 3)) {
        parts.add(cur.toString());
        cur.setLength(0);
        i = j;
      } else {
        cur.append(stem.charAt(i));
        i++;
      }
    }
    parts.add(cur.toString());
    return new ClozeStem(parts);
  }

  public int blanks() {
    return segments.size() - 1;
  }

  private static boolean isBlankChar(char c) {
    return c == '_' || c == '＿';
  }
}
