package tiku.render;

import java.nio.file.Path;
import java.util.List;
import tiku.model.Question;
import tiku.model.QuestionBank;

/**
 * What a renderer is asked to write.
 *
 * @param bank the whole bank (for its title, language, pillars)
 * @param questions the selected questions, in the order chosen by the selection
 */
public record RenderJob(QuestionBank bank, List<Question> questions, RenderOptions options, Path outDir) {
  public RenderJob {
    questions = List.copyOf(questions);
  }

  /** The output file name stem for this deck, e.g. {@code uk-vietnam-2025}. */
  public String baseName() {
    return tiku.io.SafeNames.slug(bank.deck());
  }
}
