package tiku.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import tiku.Tiku;
import tiku.render.RenderOptions;
import tiku.render.RenderReport;
import tiku.render.Renderers;
import tiku.render.SideBySide;

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
    // output/ sits beside question-bank/ in the project the launcher runs in
    return tiku.bank.DeckStore.fromEnvironment().root().resolveSibling("output").resolve(tiku.io.SafeNames.slug(deck));
  }

  /**
   * What {@code render} and {@code export} do (they differ only in their default formats): select,
   * render each format, print the files and what each format left out or changed.
   */
  static void runCommand(
      CommandSpec spec,
      String deck,
      List<String> requested,
      List<String> defaults,
      Path out,
      SelectionOptions selection,
      OutputOptions output)
      throws IOException {
    List<String> fs = formats(requested, defaults);
    RenderOptions options = output.toRenderOptions(selection.seed);
    SelectedQuestions s = SelectedQuestions.load(deck, selection, spec.commandLine().getErr());
    run(s, fs, options, outDir(out, s.bank().deck()), spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /**
   * Renders the formats side by side, one thread per core: they share only the read-only bank, and
   * each format's start-up (fonts, POI, Thymeleaf) is mostly its own class loading, so two cores
   * nearly halve a build. What each format wrote is printed in format order, whichever thread
   * finished first; a format that fails does not stop the others, and the first failure in format
   * order is thrown once the rest are printed.
   */
  static void run(
      SelectedQuestions s, List<String> formats, RenderOptions options, Path outDir, PrintWriter out, PrintWriter err)
      throws IOException {
    List<Callable<RenderReport>> renders = new ArrayList<>();
    for (String f : formats) {
      renders.add(() -> Tiku.render(s.bank(), s.questions(), f, options, outDir));
    }
    Throwable failure = null;
    try {
      List<SideBySide.Outcome<RenderReport>> outcomes = SideBySide.run(renders, "tiku-render");
      for (int i = 0; i < formats.size(); i++) {
        String f = formats.get(i);
        if (outcomes.get(i).failure() != null) {
          failure = failure == null ? outcomes.get(i).failure() : failure;
          continue;
        }
        RenderReport report = outcomes.get(i).value();
        report.skipped().forEach(k -> err.println("tiku: " + k.message(f)));
        report.changed().forEach(c -> err.println("tiku: " + c.message(f)));
        report.files().forEach(out::println);
      }
    } finally {
      out.flush();
      err.flush();
    }
    SideBySide.rethrow(failure);
  }
}
