package tiku.render.docx;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tiku.model.Question;
import tiku.model.QuestionType;

/**
 * One part of a worksheet: the questions of one type, in worksheet order, numbered on from
 * {@code firstNumber} (numbers run through the whole worksheet, as on the PDF), each worth
 * {@code points}.
 */
record WorksheetSection(QuestionType type, List<Question> questions, int firstNumber, int points) {
  WorksheetSection {
    questions = List.copyOf(questions);
  }

  int total() {
    return points * questions.size();
  }

  /**
   * Points per question when the teacher does not say, the same as the PDF worksheet's: a blank
   * to write, a set to match or order asks more than a bracket to fill.
   */
  static int defaultPoints(QuestionType type) {
    return switch (type) {
      case TRUE_FALSE, MULTIPLE_CHOICE -> 2;
      case CLOZE -> 3;
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
    int next = 1;
    for (Map.Entry<QuestionType, List<Question>> e : byType.entrySet()) {
      QuestionType type = e.getKey();
      out.add(new WorksheetSection(type, e.getValue(), next, points != null ? points : defaultPoints(type)));
      next += e.getValue().size();
    }
    return out;
  }
}
