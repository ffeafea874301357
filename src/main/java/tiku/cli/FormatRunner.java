package tiku.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import tiku.Tiku;
import tiku.render.RenderOptions;
import tiku.render.RenderReport;
import tiku.render.Renderers;

/** Renders a selection in each requested format, printing the files written. */
final class FormatRunner {
  private FormatRunner() {}

  /** The formats named on the command line, checked and without repeats. */
  static List<String> formats(List<String> requested, List<String> defaults) {
    List<String> out = new ArrayList<>(new LinkedHashSet<>(requested.isEmpty() ? defaults : requested));
    for (String f : out) {
      if (Renderers.forFormat(f).isEmpty()) {
        throw new UsageException("unknown format '" + f + "' (formats: " + String.join(", ", Renderers.ALL_FORMATS) + ")");
      }
    }
    return out;
  }

  static Path outDir(Path requested, String deck) {
    if (requested != null) {
      return requested;
    }
    String root = System.getProperty("tiku.root");
    return Path.of(root == null || root.isBlank() ? "." : root).resolve("output").resolve(tiku.io.SafeNames.slug(deck));
  }

  static void run(
      SelectedQuestions s, List<String> formats, RenderOptions options, Path outDir, PrintWriter out, PrintWriter err)
      throws IOException {
    for (String f : formats) {
      RenderReport report = Tiku.render(s.bank(), s.questions(), f, options, outDir);
      report.skipped().forEach(k -> err.println("tiku: " + k.message(f)));
      report.changed().forEach(c -> err.println("tiku: " + c.message(f)));
      report.files().forEach(out::println);
    }
    out.flush();
    err.flush();
  }
}
