package tiku.render.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import tiku.model.Answer;
import tiku.model.Question;
import tiku.model.QuestionType;
import tiku.select.FormShuffler;

/**
 * The self-test's seeded order: questions, options and matching left items all shuffled from the
 * render seed, so the same seed gives the same page byte for byte.
 */
final class SelfTestShuffle {
  private SelfTestShuffle() {}

  /** A question as the page shows it: options and left items in their shown order. */
  record Shown(Question question, List<String> options, List<String> lefts) {
    Shown {
      options = List.copyOf(options);
      lefts = List.copyOf(lefts);
    }
  }

  static List<Shown> shuffle(List<Question> questions, long seed) {
    Random rnd = new Random(seed);
    List<Question> order = new ArrayList<>(questions);
    Collections.shuffle(order, rnd);
    List<Shown> out = new ArrayList<>();
    for (Question q : order) {
      List<String> options = new ArrayList<>(FormShuffler.shuffleOptions(q, rnd).options());
      if (q.answer() instanceof Answer.Sequence seq && options.equals(seq.items()) && options.size() > 1) {
        // an ordering question shown already in order would answer itself
        Collections.rotate(options, 1);
      }
      List<String> lefts = new ArrayList<>();
      if (q.type() == QuestionType.MATCHING && q.answer() instanceof Answer.Pairs p) {
        p.pairs().forEach(pair -> lefts.add(pair.left()));
        Collections.shuffle(lefts, rnd);
      }
      out.add(new Shown(q, options, lefts));
    }
    return out;
  }
}
