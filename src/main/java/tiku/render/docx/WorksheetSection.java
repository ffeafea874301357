package tiku.render.docx;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tiku.model.Question;
import tiku.model.QuestionType;

/**
 * One part of a worksheet: the questions of one type, in worksheet order, each worth
 * {@code points}.
 */
record WorksheetSection(QuestionType type, List<Question> questions, int points) {
  WorksheetSection {
    questions = List.copyOf(questions);
  }

  int total() {
    return points * questions.size();
  }

  /** Points per question when the teacher does not say: a matching or ordering item asks more. */
  static int defaultPoints(QuestionType type) {
    return switch (type) {
      case TRUE_FALSE, MULTIPLE_CHOICE, CLOZE -> 2;
      case MATCHING, ORDERING -> 4;
    };
  }

  /** The questions grouped by type in the order worksheets print them (是非, 選擇, 填充, 配合, 排序). */
  static List<WorksheetSection> of(List<Question> questions, Integer points) {
    Map<QuestionType, List<Question>> byType = new EnumMap<>(QuestionType.class);
    for (Question q : questions) {
      byType.computeIfAbsent(q.type(), t -> new ArrayList<>()).add(q);
    }
    List<WorksheetSection> out = new ArrayList<>();
    byType.forEach(
        (type, qs) -> out.add(new WorksheetSection(type, qs, points != null ? points : defaultPoints(type))));
    return out;
  }
}
