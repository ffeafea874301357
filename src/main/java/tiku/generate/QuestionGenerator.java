package tiku.generate;

import java.util.List;
import tiku.model.Facts;
import tiku.model.Question;

/** Turns a document's facts into questions, every one citing its source text. */
public final class QuestionGenerator {
  private QuestionGenerator() {}

  public static List<Question> generate(Facts facts) {
    throw new UnsupportedOperationException("generation is not built yet");
  }
}
