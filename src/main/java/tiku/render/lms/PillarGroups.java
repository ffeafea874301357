package tiku.render.lms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tiku.model.Pillar;
import tiku.model.Question;
import tiku.model.QuestionBank;
import tiku.render.Labels;

/**
 * The selection grouped by pillar, as platforms file questions (Moodle categories, QTI sections):
 * groups in the order of their first selected question, questions in selection order within.
 */
public final class PillarGroups {
  private PillarGroups() {}

  /** Question positions by pillar number (null: outside every pillar). */
  public static Map<Integer, List<Integer>> of(List<Question> questions) {
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < questions.size(); i++) {
      groups.computeIfAbsent(questions.get(i).pillar(), k -> new ArrayList<>()).add(i);
    }
    return groups;
  }

  /** "一、加強政治…合作", "1. Defence and Security", or "其他" / "Other" outside a pillar. */
  public static String name(QuestionBank bank, Integer pillar, Labels labels) {
    if (pillar == null) {
      return labels.get("category.other");
    }
    return bank.pillar(pillar)
        .map((Pillar p) -> labels.format("category.pillar", p.label(), p.heading()))
        .orElse(labels.get("pillar") + " " + pillar);
  }
}
