package tiku.render.lms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import tiku.Tiku;
import tiku.model.QuestionBank;
import tiku.read.ReadOptions;

/** Test helper: the bank generated from the seed document (the PTT post with the joint statement), made once. */
public final class SeedBank {
  private static QuestionBank bank;

  private SeedBank() {}

  public static synchronized QuestionBank get() {
    if (bank == null) {
      try {
        bank = Tiku.generate(Path.of("src/test/resources/docs/seed-uk-vietnam.txt"), ReadOptions.defaults(), "uk-vietnam-2025");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return bank;
  }
}
