package tiku.render.gift;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs gift-pegjs, an independent GIFT parser (npm), on a file: {@code node src/test/js/parse-gift.mjs}.
 * Without node or {@code npm ci} in src/test/js the tests skip with a message, except under CI=true.
 */
final class GiftPegjs {
  private static final Path ROOT = Path.of(System.getProperty("tiku.root", "."));
  private static final Path SCRIPT = ROOT.resolve("src/test/js/parse-gift.mjs");

  private GiftPegjs() {}

  /** Skips (or, on CI, fails) the calling test when the parser cannot run here. */
  static void assumeAvailable() {
    String missing = null;
    if (!Files.isDirectory(ROOT.resolve("src/test/js/node_modules/gift-pegjs"))) {
      missing = "gift-pegjs is not installed (run: cd src/test/js && npm ci)";
    } else if (!nodeRuns()) {
      missing = "node is not on the PATH";
    }
    if (missing == null) {
      return;
    }
    if ("true".equals(System.getenv("CI"))) {
      fail("GIFT parser check is mandatory on CI: " + missing);
    }
    System.err.println("SKIPPED GIFT parser check: " + missing);
    assumeTrue(false, missing);
  }

  /** The parsed questions, as gift-pegjs returns them. */
  static JsonNode parse(Path gift) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder("node", SCRIPT.toString(), gift.toAbsolutePath().toString())
            .redirectErrorStream(false)
            .start();
    byte[] out = p.getInputStream().readAllBytes();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      fail("gift-pegjs rejected " + gift + ": " + err + "\n---\n" + Files.readString(gift));
    }
    return new ObjectMapper().readTree(out);
  }

  private static boolean nodeRuns() {
    try {
      Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
