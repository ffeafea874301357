package tiku.render.html;

import java.util.ArrayList;
import java.util.List;
import tiku.model.Answer;
import tiku.model.Question;
import tiku.model.QuestionSource;
import tiku.render.Labels;

/**
 * What the page's script needs to mark one question and teach from it, kept in the page's JSON
 * data and not in its text until the student answers.
 *
 * @param correct the key in terms of what the page shows: {@code true}/{@code false}; the index of
 *     the right option; the blank texts; for each left item the index of its right item; or the
 *     shown items' indices in the right order
 * @param answer the right answer as lines of text for the feedback
 * @param source "第5條" / "Clause 5", or null for a sentence of prose
 */
public record QuestionKey(
    String id, String type, Object correct, List<String> answer, String explanation, String source, String quote) {
  public QuestionKey {
    answer = List.copyOf(answer);
  }

  /**
   * The key of a shown question.
   *
   * @throws IllegalArgumentException if the answer does not fit the question (its type, options or
   *     blanks), so the page could not mark it
   */
  static QuestionKey of(SelfTestShuffle.Shown shown, Labels labels) {
    Question q = shown.question();
    checkFits(q);
    List<String> options = shown.options();
    Object correct;
    List<String> lines = new ArrayList<>();
    Answer a = q.answer();
    if (a instanceof Answer.Truth t) {
      correct = t.value();
      lines.add(labels.get(t.value() ? "html.tf.true" : "html.tf.false"));
    } else if (a instanceof Answer.Choice c) {
      correct = indexOf(options, c.option(), q);
      lines.add(c.option());
    } else if (a instanceof Answer.Blanks b) {
      correct = b.texts();
      if (b.texts().size() == 1) {
        lines.add(b.texts().get(0));
      } else {
        for (int i = 0; i < b.texts().size(); i++) {
          lines.add(labels.format("html.blank.answer", i + 1, b.texts().get(i)));
        }
      }
    } else if (a instanceof Answer.Pairs p) {
      List<Integer> idx = new ArrayList<>();
      for (String left : shown.lefts()) {
        Answer.Pair pair = p.pairs().stream().filter(x -> x.left().equals(left)).findFirst().orElseThrow();
        idx.add(indexOf(options, pair.right(), q));
        lines.add(left + " → " + pair.right());
      }
      correct = idx;
    } else {
      Answer.Sequence s = (Answer.Sequence) a;
      List<Integer> idx = new ArrayList<>();
      int n = 1;
      for (String item : s.items()) {
        idx.add(indexOf(options, item, q));
        lines.add(n++ + ". " + item);
      }
      correct = idx;
    }
    QuestionSource src = q.source();
    return new QuestionKey(
        q.id(), q.type().id(), correct, lines, q.explanation() == null ? "" : q.explanation(),
        src == null || src.clause() == null ? null : labels.clause(src), src == null || src.quote() == null ? "" : src.quote());
  }

  private static void checkFits(Question q) {
    Answer a = q.answer();
    boolean fits = switch (q.type()) {
      case TRUE_FALSE -> a instanceof Answer.Truth;
      case MULTIPLE_CHOICE -> a instanceof Answer.Choice;
      case CLOZE -> a instanceof Answer.Blanks;
      case MATCHING -> a instanceof Answer.Pairs p && !p.pairs().isEmpty();
      case ORDERING -> a instanceof Answer.Sequence s && s.items().size() > 1;
    };
    if (!fits) {
      throw new IllegalArgumentException("its answer does not fit a " + q.type().id() + " question");
    }
    if (a instanceof Answer.Blanks b) {
      int blanks = tiku.model.ClozeStem.parse(q.stem()).blanks();
      if (blanks != b.texts().size()) {
        throw new IllegalArgumentException("its stem has " + blanks + " blank(s) but its answer " + b.texts().size());
      }
    }
  }

  private static int indexOf(List<String> options, String text, Question q) {
    int i = options.indexOf(text);
    if (i < 0) {
      throw new IllegalArgumentException("its answer '" + text + "' is not among its options");
    }
    return i;
  }
}
