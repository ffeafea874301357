package tiku.render;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tiku.model.Question;
import tiku.model.QuestionType;

/**
 * One part of a printed worksheet (PDF, DOCX): the questions of one type, in worksheet order,
 * numbered on from {@code firstNumber} (numbers run through the whole worksheet), each worth
 * {@code points}.
 */
public record WorksheetSection(QuestionType type, List<Question> questions, int firstNumber, int points) {
  public WorksheetSection {
    questions = List.copyOf(questions);
  }

  public int total() {
    return points * questions.size();
  }

  /**
   * Points per question when the teacher does not set one value for all ({@code --points}): a blank
   * to write, a set to match or order asks more than a bracket to fill.
   */
  public static int points(QuestionType type, Integer override) {
    if (override != null) {
      return override;
    }
    return switch (type) {
      case TRUE_FALSE, MULTIPLE_CHOICE -> 2;
      case CLOZE -> 3;
      case MATCHING, ORDERING -> 4;
    };
  }

  /** The questions grouped by type in the order worksheets print them (是非, 選擇, 填充, 配合, 排序). */
  public static List<WorksheetSection> of(List<Question> questions, Integer points) {
    Map<QuestionType, List<Question>> byType = new EnumMap<>(QuestionType.class);
    for (Question q : questions) {
      byType.computeIfAbsent(q.type(), t -> new ArrayList<>()).add(q);
    }
    List<WorksheetSection> out = new ArrayList<>();
    int next = 1;
    for (Map.Entry<QuestionType, List<Question>> e : byType.entrySet()) {
      out.add(new WorksheetSection(e.getKey(), e.getValue(), next, points(e.getKey(), points)));
      next += e.getValue().size();
    }
    return out;
  }
}
