package tiku.read;

import java.util.ArrayList;
import java.util.List;
import tiku.model.SourceSpan;

/** Splits a source into lines and maps character offsets to 1-based line numbers. */
public final class LineIndex {
  private final String source;
  private final int[] starts;

  public LineIndex(String source) {
    this.source = source;
    List<Integer> s = new ArrayList<>();
    s.add(0);
    for (int i = 0; i < source.length(); i++) {
      if (source.charAt(i) == '\n') {
        s.add(i + 1);
      }
    }
    starts = s.stream().mapToInt(Integer::intValue).toArray();
  }

  public String source() {
    return source;
  }

  /** Every line, without line breaks; a final empty line after a trailing newline is left out. */
  public List<Line> lines() {
    List<Line> lines = new ArrayList<>(starts.length);
    for (int i = 0; i < starts.length; i++) {
      int start = starts[i];
      int end = i + 1 < starts.length ? starts[i + 1] - 1 : source.length();
      if (i + 1 == starts.length && start == end && i > 0) {
        break;
      }
      lines.add(new Line(start, end, i + 1, source.substring(start, end)));
    }
    return lines;
  }

  /** 1-based line number of a character offset. */
  public int lineOf(int offset) {
    int lo = 0;
    int hi = starts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo + 1;
  }

  /** The span of source characters {@code [start, end)}. */
  public SourceSpan span(int start, int end) {
    int last = Math.max(start, end - 1);
    return new SourceSpan(start, end, lineOf(start), lineOf(last));
  }
}
