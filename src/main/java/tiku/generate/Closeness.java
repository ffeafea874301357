package tiku.generate;

import java.util.Collection;

/** How hard the distractors are to tell from the key: the measurable part of the difficulty rule. */
enum Closeness {
  /** Clearly different options. */
  FAR,
  /** Same kind, not confusable at a glance. */
  NEAR,
  /** Years a few apart, near-identical names, a pillar the clause's words do not point to. */
  CLOSE;

  /** Years: within ±5 is close, within ±15 near. */
  static Closeness ofYears(int key, Collection<Integer> others) {
    int nearest = Integer.MAX_VALUE;
    for (int y : others) {
      nearest = Math.min(nearest, Math.abs(y - key));
    }
    if (nearest <= 5) {
      return CLOSE;
    }
    return nearest <= 15 ? NEAR : FAR;
  }

  /** Names: edit similarity of the most similar distractor (≥0.6 close, ≥0.35 near). */
  static Closeness ofNames(String key, Collection<String> others) {
    double best = 0;
    for (String o : others) {
      best = Math.max(best, EditDistance.similarity(key, o));
    }
    if (best >= 0.6) {
      return CLOSE;
    }
    return best >= 0.35 ? NEAR : FAR;
  }

  static Closeness max(Closeness a, Closeness b) {
    return a.ordinal() >= b.ordinal() ? a : b;
  }
}
