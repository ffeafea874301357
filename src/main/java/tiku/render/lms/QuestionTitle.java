package tiku.render.lms;

import tiku.model.Question;

/** The short title a platform lists a question by: its stable id and the start of its stem. */
public final class QuestionTitle {
  private static final int STEM_LENGTH = 60;

  private QuestionTitle() {}

  public static String of(Question q) {
    String stem = q.stem() == null ? "" : q.stem().strip().replaceAll("\\s+", " ");
    if (stem.codePointCount(0, stem.length()) > STEM_LENGTH) {
      stem = stem.substring(0, stem.offsetByCodePoints(0, STEM_LENGTH)) + "…";
    }
    return stem.isEmpty() ? q.id() : q.id() + " " + stem;
  }
}
