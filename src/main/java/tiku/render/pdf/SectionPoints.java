package tiku.render.pdf;

import tiku.model.QuestionType;

/** How many points a question of each type is worth, unless the teacher sets one value for all. */
public final class SectionPoints {
  private SectionPoints() {}

  /** {@code override} (from --points) or the usual value for the type. */
  public static int of(QuestionType type, Integer override) {
    if (override != null) {
      return override;
    }
    return switch (type) {
      case TRUE_FALSE, MULTIPLE_CHOICE -> 2;
      case CLOZE -> 3;
      case MATCHING, ORDERING -> 4;
    };
  }
}
