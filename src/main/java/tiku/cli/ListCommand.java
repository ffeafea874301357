package tiku.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tiku.bank.BankJson;

/** {@code tiku list}: the selected questions as a table or as bank JSON. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the selected questions of a deck.")
final class ListCommand implements Callable<Integer> {
  @Mixin DeckArgument deckArgument;

  @Mixin SelectionOptions selection;

  @Option(names = "--json", description = "Print the selection as bank JSON (the bank.json shape).")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    SelectedQuestions s = SelectedQuestions.load(deckArgument.deck, selection, spec.commandLine().getErr());
    if (json) {
      out.print(BankJson.toJson(s.bank().withQuestions(s.questions())));
    } else {
      QuestionTable.print(s.questions(), out);
    }
    out.flush();
    return ExitCodes.OK;
  }
}
