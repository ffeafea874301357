package tiku.generate;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Where terms stand in one document's content, found through an index of its two-character pairs
 * instead of a scan of the whole text. The question families ask "does this passage name X?",
 * "how often is X mentioned?", "does the content hold this quote?" thousands of times per
 * document; each was a String.indexOf over the content or every passage, the largest remaining
 * cost of generation. Answers are exactly those of String.indexOf / contains.
 */
final class ContentIndex {
  /** Pair hashes are folded into this many buckets; a collision only costs a failed comparison. */
  private static final int BUCKETS = 1 << 14;

  private final String content;
  /** The content's characters: compared directly, as String.startsWith is slow in C1. */
  private final char[] chars;
  /** Positions of every pair, grouped by bucket, ascending within a bucket. */
  private final int[] positions;
  /** Bucket b's positions are positions[starts[b]] … positions[starts[b + 1] - 1]. */
  private final int[] starts;
  private final Map<String, int[]> occurrences = new HashMap<>();

  ContentIndex(String content) {
    this.content = content;
    int pairs = Math.max(0, content.length() - 1);
    // each pair's bucket worked out once, over a char array (String.charAt is slow in C1)
    char[] c = content.toCharArray();
    this.chars = c;
    int[] buckets = new int[pairs];
    int[] count = new int[BUCKETS + 1];
    for (int i = 0; i < pairs; i++) {
      int b = bucket(c[i], c[i + 1]);
      buckets[i] = b;
      count[b + 1]++;
    }
    for (int b = 0; b < BUCKETS; b++) {
      count[b + 1] += count[b];
    }
    this.starts = count.clone();
    this.positions = new int[pairs];
    for (int i = 0; i < pairs; i++) {
      positions[count[buckets[i]]++] = i;
    }
  }

  private static int bucket(char a, char b) {
    return (a * 31 + b) & (BUCKETS - 1);
  }

  /** Every position where the term starts in the content, overlapping ones included, ascending. */
  int[] occurrences(String term) {
    int[] known = occurrences.get(term);
    if (known != null) {
      return known;
    }
    int[] found;
    if (term.length() < 2) {
      found = scan(term);
    } else {
      int b = bucket(term.charAt(0), term.charAt(1));
      int[] out = new int[8];
      int n = 0;
      char[] t = term.toCharArray();
      for (int k = starts[b]; k < starts[b + 1]; k++) {
        int at = positions[k];
        if (startsWith(at, t)) {
          if (n == out.length) {
            out = Arrays.copyOf(out, n * 2);
          }
          out[n++] = at;
        }
      }
      found = Arrays.copyOf(out, n);
    }
    occurrences.put(term, found);
    return found;
  }

  /** As content.startsWith(term, at), for 0 <= at. */
  private boolean startsWith(int at, char[] t) {
    if (at + t.length > chars.length) {
      return false;
    }
    for (int i = 0; i < t.length; i++) {
      if (chars[at + i] != t[i]) {
        return false;
      }
    }
    return true;
  }

  /** As content.contains(term). */
  boolean contains(String term) {
    return term.isEmpty() || occurrences(term).length > 0;
  }

  /** As text.indexOf(term), for a text standing at {@code offset} in the content. */
  int indexOf(String term, int offset, int length) {
    if (term.isEmpty()) {
      return 0;
    }
    int[] at = occurrences(term);
    int i = Arrays.binarySearch(at, offset);
    if (i < 0) {
      i = -i - 1;
    }
    return i < at.length && at[i] + term.length() <= offset + length ? at[i] - offset : -1;
  }

  /** How many times the term occurs, not counting overlaps (as repeated indexOf from the end of the last). */
  int count(String term) {
    if (term.isEmpty()) {
      return 0;
    }
    int n = 0;
    int next = 0;
    for (int at : occurrences(term)) {
      if (at >= next) {
        n++;
        next = at + term.length();
      }
    }
    return n;
  }

  private int[] scan(String term) {
    int[] out = new int[8];
    int n = 0;
    if (term.isEmpty()) {
      return new int[0];
    }
    for (int at = content.indexOf(term); at >= 0; at = content.indexOf(term, at + 1)) {
      if (n == out.length) {
        out = Arrays.copyOf(out, n * 2);
      }
      out[n++] = at;
    }
    return Arrays.copyOf(out, n);
  }
}
