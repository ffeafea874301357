package tiku.render.anki;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the shared anki-check tool (real Anki 2.1.15 library code) as a process and parses what it
 * prints. Where the tool or its Python code is missing the calling test is skipped with a visible
 * message, except under CI=true, where it fails.
 */
final class AnkiCheck {
  private static final Pattern PYTHONPATH = Pattern.compile("PYTHONPATH=(\\S+)");

  private final Path script;
  private final String pythonPath;

  private AnkiCheck(Path script, String pythonPath) {
    this.script = script;
    this.pythonPath = pythonPath;
  }

  /** The tool, or a skipped (CI: failed) test. */
  static AnkiCheck require() {
    Optional<Path> script = locate();
    if (script.isEmpty()) {
      unavailable("anki_check.py not found (set ANKI_CHECK, or keep ../shared/tools/anki-check beside the project)");
    }
    Path env = Path.of("/tmp/anki-check.env");
    if (!Files.isDirectory(Path.of("/tmp/anki-check/root")) && isCi()) {
      setup(script.get().getParent());
    }
    String pp = pythonPath(env).orElse(null);
    if (pp == null && Files.isDirectory(Path.of("/tmp/anki-check/root"))) {
      pp = "/tmp/anki-check/root/usr/share/anki:/tmp/anki-check/root/usr/lib/python3/dist-packages";
    }
    if (pp == null) {
      unavailable("no PYTHONPATH for anki-check (run: bash ../shared/tools/anki-check/setup.sh /tmp/anki-check > /tmp/anki-check.env)");
    }
    AnkiCheck check = new AnkiCheck(script.get(), pp);
    if (!check.works()) {
      unavailable("python3 cannot import Anki's library with PYTHONPATH=" + pp);
    }
    return check;
  }

  static boolean isCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  private static void unavailable(String why) {
    String msg = "anki-check unavailable: " + why;
    if (isCi()) {
      fail(msg + " (mandatory under CI=true)");
    }
    System.err.println("SKIPPED Anki round-trip test: " + msg);
    assumeTrue(false, msg);
  }

  private static Optional<Path> locate() {
    List<Path> candidates = new ArrayList<>();
    String env = System.getenv("ANKI_CHECK");
    if (env != null && !env.isBlank()) {
      Path p = Path.of(env);
      candidates.add(Files.isDirectory(p) ? p.resolve("anki_check.py") : p);
    }
    Path root = Path.of(System.getProperty("tiku.root", ".")).toAbsolutePath().normalize();
    // the main checkout sits beside ../shared; a worktree one level deeper
    for (Path up = root; up != null; up = up.getParent()) {
      candidates.add(up.resolve("../shared/tools/anki-check/anki_check.py").normalize());
    }
    return candidates.stream().filter(Files::isRegularFile).findFirst();
  }

  private static Optional<String> pythonPath(Path env) {
    try {
      if (Files.isRegularFile(env)) {
        Matcher m = PYTHONPATH.matcher(Files.readString(env));
        String last = null;
        while (m.find()) {
          last = m.group(1);
        }
        return Optional.ofNullable(last);
      }
    } catch (IOException e) {
      // fall through: no usable env file
    }
    return Optional.empty();
  }

  private static void setup(Path toolDir) {
    try {
      Process p =
          new ProcessBuilder("bash", toolDir.resolve("setup.sh").toString(), "/tmp/anki-check")
              .redirectOutput(Path.of("/tmp/anki-check.env").toFile())
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      p.waitFor(10, TimeUnit.MINUTES);
    } catch (IOException e) {
      fail("anki-check setup failed: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail("interrupted during anki-check setup");
    }
  }

  private boolean works() {
    try {
      Process p = process(List.of("python3", "-c", "import anki, anki.importing")).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private ProcessBuilder process(List<String> cmd) {
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(false);
    pb.environment().put("PYTHONPATH", pythonPath);
    pb.environment().put("PYTHONIOENCODING", "utf-8");
    pb.environment().put("LANG", "C.UTF-8");
    return pb;
  }

  /** Imports packages in turn into one fresh collection. */
  JsonNode apkg(Path... files) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("python3", script.toString(), "apkg"));
    for (Path f : files) {
      cmd.add(f.toAbsolutePath().toString());
    }
    return run(cmd);
  }

  /** Imports a text file as {@code notetype} into {@code deck}. */
  JsonNode csv(Path file, String notetype, String deck) throws IOException, InterruptedException {
    return run(List.of("python3", script.toString(), "csv", file.toAbsolutePath().toString(), notetype, deck));
  }

  private JsonNode run(List<String> cmd) throws IOException, InterruptedException {
    Path err = Files.createTempFile("anki-check", ".err");
    try {
      Process p = process(cmd).redirectError(err.toFile()).start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        fail("anki_check failed: " + cmd + "\n" + Files.readString(err) + new String(out, StandardCharsets.UTF_8));
      }
      return new ObjectMapper().readTree(out);
    } finally {
      Files.deleteIfExists(err);
    }
  }
}
