package tiku.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Puts options in an order that depends only on the question's identity, so the key moves about. */
final class OptionOrder {
  private OptionOrder() {}

  static List<String> shuffle(List<String> options, String family, String identity) {
    List<String> out = new ArrayList<>(options);
    // java.util.Random's algorithm is fixed by its specification: same seed, same order everywhere
    Collections.shuffle(out, new Random(QuestionIds.seed(family, identity)));
    return List.copyOf(out);
  }

  /** A stable pick in [0, n) for choosing among equally good forms of a question. */
  static int pick(String family, String identity, int n) {
    return (int) Math.floorMod(QuestionIds.seed(family, identity + "\u0001pick"), (long) n);
  }
}
