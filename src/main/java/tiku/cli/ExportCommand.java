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

/** {@code tiku export}: the bank for a spreadsheet or a learning platform. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export the selected questions for review or a learning platform: xlsx, moodle-xml, gift, qti12, qti21, kahoot, quizlet.")
final class ExportCommand implements Callable<Integer> {
  @Mixin DeckArgument deckArgument;

  @Option(names = "--format", split = ",", paramLabel = "FORMAT", description = "xlsx (default), moodle-xml, gift, qti12, qti21, kahoot, quizlet, or any render format.")
  List<String> formats = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: output/<deck>/).")
  Path out;

  @Mixin SelectionOptions selection;
  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    FormatRunner.runCommand(spec, deckArgument.deck, formats, List.of("xlsx"), out, selection, output);
    return ExitCodes.OK;
  }
}
