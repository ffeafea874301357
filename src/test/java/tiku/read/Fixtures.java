package tiku.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tiku.model.Document;

/** The real documents copied into src/test/resources/docs, read through the public entry point. */
public final class Fixtures {
  public static final String SEED = "docs/seed-uk-vietnam.txt";
  public static final String US_UK = "docs/05-us-uk-2021-en.txt";
  public static final String CN_UAE = "docs/08-cn-uae-csp-2019-zh-hans.txt";

  private Fixtures() {}

  public static String text(String resource) {
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path file(String resource) {
    try {
      Path dir = Files.createTempDirectory("tiku-read");
      Path f = dir.resolve(Path.of(resource).getFileName().toString());
      Files.writeString(f, text(resource), StandardCharsets.UTF_8);
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Document read(String resource) {
    try {
      return Readers.read(file(resource), ReadOptions.defaults());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
