package tiku.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tiku.bank.BankJson;
import tiku.bank.XlsxBankImporter;
import tiku.io.InputException;
import tiku.model.QuestionBank;

/** {@code tiku import}: a teacher's edits in the review spreadsheet, merged back into bank.json. */
@Command(name = "import", mixinStandardHelpOptions = true, description = {
    "Merge a review spreadsheet (from 'tiku export --format xlsx') back into a deck's bank.json.",
    "Edited rows become 'edited', status changes are kept, rows with no id are new questions.",
    "A row that is not a valid question stops the import with its sheet, row and column; nothing is written."})
final class ImportCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE.xlsx", description = "The edited spreadsheet.")
  Path xlsx;

  @Parameters(index = "1", arity = "0..1", paramLabel = "DECK|BANK", description = "The deck to merge into. Default: the bundled sample.")
  String deck;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    DeckRef ref = new DeckResolver(tiku.bank.DeckStore.fromEnvironment()).resolve(deck);
    if (!Files.exists(ref.bankFile())) {
      throw new InputException(ref.bankFile(), null, "no bank to import into (run 'tiku generate' first)");
    }
    QuestionBank bank = BankJson.read(ref.bankFile());
    XlsxBankImporter.Result r = XlsxBankImporter.read(xlsx, bank);
    BankJson.write(ref.bankFile(), r.bank());
    spec.commandLine().getErr().printf(
        "tiku: %s: %d edited, %d with a new status, %d added, %d unchanged%n",
        ref.bankFile(), r.edited(), r.statusChanged(), r.added(), r.unchanged());
    spec.commandLine().getOut().println(ref.bankFile());
    return ExitCodes.OK;
  }
}
