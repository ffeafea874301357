package tiku.render.kahoot;

import java.util.List;

/**
 * One question as a row of Kahoot's quiz spreadsheet.
 *
 * @param questionId the bank's id, for the report
 * @param question at most {@link KahootLimits#QUESTION} characters
 * @param answers two to four answers of at most {@link KahootLimits#ANSWER} characters each
 * @param timeLimit seconds, one of {@link KahootLimits#TIME_LIMITS}
 * @param correct the 1-based numbers of the correct answers
 */
record KahootRow(String questionId, String question, List<String> answers, int timeLimit, List<Integer> correct) {
  KahootRow {
    answers = List.copyOf(answers);
    correct = List.copyOf(correct);
  }
}
