package tiku.render.pdf;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tiku.model.Question;
import tiku.model.QuestionType;
import tiku.render.Labels;
import tiku.render.RenderJob;

/**
 * What one form of a worksheet holds: its title, its sections in worksheet order and each
 * question's number. The worksheet and its answer key are both laid out from the same plan, so
 * their numbers always agree.
 *
 * @param form the form label ("A"), or null for a single unlabelled form
 */
public record WorksheetPlan(
    String title, String sourceTitle, String date, String form, List<Section> sections, Labels labels) {
  public WorksheetPlan {
    sections = List.copyOf(sections);
  }

  /** One type's questions, numbered from {@code firstNumber}. */
  public record Section(QuestionType type, List<Question> questions, int firstNumber, int points) {
    public Section {
      questions = List.copyOf(questions);
    }

    public int total() {
      return points * questions.size();
    }
  }

  /** The plan for {@code questions} (already in form order), grouped by type in worksheet order. */
  public static WorksheetPlan of(RenderJob job, List<Question> questions, String form, Labels labels) {
    Map<QuestionType, List<Question>> byType = new EnumMap<>(QuestionType.class);
    for (Question q : questions) {
      byType.computeIfAbsent(q.type(), t -> new ArrayList<>()).add(q);
    }
    List<Section> sections = new ArrayList<>();
    int number = 1;
    for (QuestionType t : QuestionType.values()) {
      List<Question> qs = byType.get(t);
      if (qs == null) {
        continue;
      }
      sections.add(new Section(t, qs, number, SectionPoints.of(t, job.options().points())));
      number += qs.size();
    }
    String title = job.options().title() != null ? job.options().title() : job.bank().source().title();
    return new WorksheetPlan(
        title, job.bank().source().title(), job.bank().source().date(), form, sections, labels);
  }

  /** The title with the form label, e.g. "…聯合聲明（A卷）". */
  public String fullTitle() {
    return form == null ? title : labels.format("form.title", title, labels.format("form", form));
  }

  public int questionCount() {
    return sections.stream().mapToInt(s -> s.questions().size()).sum();
  }

  public int totalPoints() {
    return sections.stream().mapToInt(Section::total).sum();
  }
}
