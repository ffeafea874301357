package tiku.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import tiku.extract.FactExtractor;
import tiku.model.Document;
import tiku.model.Facts;
import tiku.model.Question;
import tiku.read.ReadOptions;
import tiku.read.Readers;

/** Reads and extracts a real document with the real stages, for the generator's tests. */
final class Banks {
  static final Path SEED = Path.of("/work/shared/seeds/000_b9c5571c24802257.txt");
  static final Path EN = Path.of("/work/shared/docs/05-us-uk-2021-en.txt");
  static final Path HANS = Path.of("/work/shared/docs/08-cn-uae-csp-2019-zh-hans.txt");

  private Banks() {}

  /** The shared file, else the copy the read stage keeps under src/test/resources/docs. */
  static Path file(Path shared) {
    if (shared.toFile().isFile()) {
      return shared;
    }
    String name = shared.getFileName().toString().startsWith("000_") ? "seed-uk-vietnam.txt" : shared.getFileName().toString();
    return Path.of("src/test/resources/docs", name);
  }

  static Facts facts(Path file) {
    try {
      Document d = Readers.read(file(file), ReadOptions.defaults());
      return FactExtractor.extract(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Question> generate(Path file) {
    return QuestionGenerator.generate(facts(file));
  }
}
