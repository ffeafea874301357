package tiku.generate;

/** Levenshtein distance over UTF-16 units, and the similarity 1 − distance / longer length. */
final class EditDistance {
  private EditDistance() {}

  static int distance(String as, String bs) {
    // char arrays: String.charAt in the inner loop cost more than the rest (C1)
    char[] a = as.toCharArray();
    char[] b = bs.toCharArray();
    int[] prev = new int[b.length + 1];
    int[] cur = new int[b.length + 1];
    for (int j = 0; j <= b.length; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length; i++) {
      cur[0] = i;
      char ai = a[i - 1];
      for (int j = 1; j <= b.length; j++) {
        int cost = ai == b[j - 1] ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length];
  }

  static double similarity(String a, String b) {
    int longer = Math.max(a.length(), b.length());
    return longer == 0 ? 1 : 1 - (double) distance(a, b) / longer;
  }
}
