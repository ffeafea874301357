package tiku.render.pdf;

import java.util.List;
import tiku.model.Question;
import tiku.render.Labels;
import tiku.render.RenderJob;
import tiku.render.WorksheetSection;

/**
 * What one form of a worksheet holds: its title, its sections in worksheet order and each
 * question's number. The worksheet and its answer key are both laid out from the same plan, so
 * their numbers always agree.
 *
 * @param form the form label ("A"), or null for a single unlabelled form
 */
public record WorksheetPlan(
    String title, String sourceTitle, String date, String form, List<WorksheetSection> sections, Labels labels) {
  public WorksheetPlan {
    sections = List.copyOf(sections);
  }

  /** The plan for {@code questions} (already in form order), grouped by type in worksheet order. */
  public static WorksheetPlan of(RenderJob job, List<Question> questions, String form, Labels labels) {
    List<WorksheetSection> sections = WorksheetSection.of(questions, job.options().points());
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
    return sections.stream().mapToInt(WorksheetSection::total).sum();
  }
}
