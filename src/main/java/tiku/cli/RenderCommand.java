package tiku.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tiku.render.Renderers;

/** {@code tiku render}: worksheets, decks and self-tests from a bank. */
@Command(name = "render", mixinStandardHelpOptions = true, description = "Render the selected questions: PDF worksheet and key, Anki CSV and .apkg, HTML self-test, DOCX.")
final class RenderCommand implements Callable<Integer> {
  @Mixin DeckArgument deckArgument;

  @Option(names = "--format", split = ",", paramLabel = "FORMAT", description = "pdf, anki-csv, apkg, html, docx (default: all of them), or any export format.")
  List<String> formats = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: output/<deck>/).")
  Path out;

  @Mixin SelectionOptions selection;
  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    FormatRunner.runCommand(spec, deckArgument.deck, formats, Renderers.BUILD_FORMATS, out, selection, output);
    return ExitCodes.OK;
  }
}
