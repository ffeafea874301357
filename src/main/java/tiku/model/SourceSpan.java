package tiku.model;

/** A stretch of the decoded source text: character offsets [start, end) and 1-based lines. */
public record SourceSpan(int start, int end, int startLine, int endLine) {
  public SourceSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
    if (startLine < 1 || endLine < startLine) {
      throw new IllegalArgumentException("bad lines " + startLine + ".." + endLine);
    }
  }

  /** The smallest span that covers both. */
  public SourceSpan union(SourceSpan other) {
    return new SourceSpan(
        Math.min(start, other.start),
        Math.max(end, other.end),
        Math.min(startLine, other.startLine),
        Math.max(endLine, other.endLine));
  }
}
