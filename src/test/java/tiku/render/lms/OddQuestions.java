package tiku.render.lms;

import java.util.List;
import tiku.model.Answer;
import tiku.model.Difficulty;
import tiku.model.Question;
import tiku.model.QuestionBank;
import tiku.model.QuestionSource;
import tiku.model.QuestionType;
import tiku.model.Status;
import tiku.testing.SampleBanks;

/** Test helper: questions an edited bank may hold that do not fit the normal shape. */
public final class OddQuestions {
  private OddQuestions() {}

  /** A cloze whose stem has two blanks but whose key has one answer (a teacher's edit gone wrong). */
  public static QuestionBank mismatchedCloze() {
    QuestionBank base = SampleBanks.chinese();
    Question q = new Question("odd-cloze", QuestionType.CLOZE, "term", "雙方於＿＿＿＿年建交，並於＿＿＿＿年升級。", List.of(),
        Answer.Blanks.of("1973"), "第1條。", Difficulty.HARD, null, List.of(), Status.EDITED,
        new QuestionSource(1, "1", "自1973年建交以來"));
    return base.withQuestions(List.of(q));
  }
}
