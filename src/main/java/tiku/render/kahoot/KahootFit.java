package tiku.render.kahoot;

import java.util.ArrayList;
import java.util.List;
import tiku.model.Answer;
import tiku.model.Language;
import tiku.model.Question;
import tiku.render.Labels;
import tiku.render.SingleLine;

/**
 * Turns a question into a Kahoot row, or says why it does not fit. Text is never cut: a question
 * or answer over Kahoot's limit is reported whole, for the teacher to shorten. A game screen shows
 * one paragraph, so line breaks and tabs become spaces.
 */
final class KahootFit {
  private final Labels labels;
  private final Language language;

  KahootFit(Labels labels) {
    this.labels = labels;
    this.language = labels.language();
  }

  /** The row for {@code q}, or the reason it does not fit. */
  Result fit(Question q) {
    List<String> answers = new ArrayList<>();
    List<Integer> correct = new ArrayList<>();
    switch (q.type()) {
      case MULTIPLE_CHOICE -> {
        if (!(q.answer() instanceof Answer.Choice c) || !q.options().contains(c.option())) {
          return Result.no("the key is not one of the options");
        }
        for (String o : q.options()) {
          answers.add(SingleLine.of(o));
          if (o.equals(c.option())) {
            correct.add(answers.size());
          }
        }
      }
      case TRUE_FALSE -> {
        if (!(q.answer() instanceof Answer.Truth t)) {
          return Result.no("the key is not true/false");
        }
        answers.add(labels.get("true.word"));
        answers.add(labels.get("false.word"));
        correct.add(t.value() ? 1 : 2);
      }
      default -> {
        return Result.no("Kahoot's spreadsheet takes multiple choice and true/false only, not "
            + q.type().id().replace('_', ' '));
      }
    }
    String question = SingleLine.of(q.stem() == null ? "" : q.stem());
    if (question.isEmpty()) {
      return Result.no("the question has no text");
    }
    if (KahootLimits.length(question) > KahootLimits.QUESTION) {
      return Result.no("the question has " + KahootLimits.length(question) + " characters; Kahoot takes at most "
          + KahootLimits.QUESTION);
    }
    if (answers.size() > KahootLimits.MAX_ANSWERS) {
      return Result.no("it has " + answers.size() + " options; Kahoot takes at most " + KahootLimits.MAX_ANSWERS);
    }
    if (answers.size() < KahootLimits.MIN_ANSWERS) {
      return Result.no("Kahoot needs at least " + KahootLimits.MIN_ANSWERS + " answers");
    }
    for (int i = 0; i < answers.size(); i++) {
      String a = answers.get(i);
      if (a.isEmpty()) {
        return Result.no("answer " + (i + 1) + " is empty");
      }
      if (KahootLimits.length(a) > KahootLimits.ANSWER) {
        return Result.no("answer " + (i + 1) + " has " + KahootLimits.length(a) + " characters; Kahoot takes at most "
            + KahootLimits.ANSWER);
      }
    }
    int time = KahootTimeLimit.choose(question, answers, language);
    return Result.yes(new KahootRow(q.id(), question, answers, time, correct));
  }

  /** A row, or why there is none. */
  record Result(KahootRow row, String whyNot) {
    static Result yes(KahootRow row) {
      return new Result(row, null);
    }

    static Result no(String why) {
      return new Result(null, why);
    }

    boolean fits() {
      return row != null;
    }
  }
}
