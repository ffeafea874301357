package tiku.select;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tiku.model.Question;
import tiku.model.QuestionType;

/**
 * Makes the A/B/… forms of a worksheet: the same questions, each form with its own question order
 * within each type and its own option order, all from the seed. Keys stay right because an answer
 * names its option by text, not by letter.
 */
public final class FormShuffler {
  private FormShuffler() {}

  /** The questions grouped by type in worksheet order, each group shuffled for this form. */
  public static List<Question> form(List<Question> questions, String form, long seed) {
    Random rnd = new Random(seed * 31 + form.hashCode());
    Map<QuestionType, List<Question>> byType = new LinkedHashMap<>();
    for (QuestionType t : QuestionType.values()) {
      byType.put(t, new ArrayList<>());
    }
    for (Question q : questions) {
      byType.get(q.type()).add(q);
    }
    List<Question> out = new ArrayList<>();
    for (List<Question> group : byType.values()) {
      Collections.shuffle(group, rnd);
      for (Question q : group) {
        out.add(shuffleOptions(q, rnd));
      }
    }
    return out;
  }

  /** The question with its options in a seeded order (true/false keeps its fixed order). */
  public static Question shuffleOptions(Question q, Random rnd) {
    if (q.type() == QuestionType.TRUE_FALSE || q.options().size() < 2) {
      return q;
    }
    List<String> opts = new ArrayList<>(q.options());
    Collections.shuffle(opts, rnd);
    return new Question(
        q.id(), q.type(), q.family(), q.stem(), opts, q.answer(), q.explanation(), q.difficulty(),
        q.pillar(), q.tags(), q.status(), q.source());
  }
}
