package tiku.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tiku.Tiku;
import tiku.extract.FactsJson;
import tiku.extract.FactsSummary;
import tiku.io.InputException;
import tiku.model.Facts;

/** {@code tiku facts}: what Tiku read and found in a document, each fact with where it stands. */
@Command(name = "facts", mixinStandardHelpOptions = true, description = "Show a document's structure and facts (sections, clauses, agreements, people, organizations, years, quantities).")
final class FactsCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DOC", arity = "0..1", description = "A document or a deck with a source. Default: the bundled sample.")
  String doc;

  @Option(names = "--json", description = "Print the analysis as JSON.")
  boolean json;

  @Option(names = "--encoding", paramLabel = "CHARSET", description = "Read the document in this encoding instead of detecting it.")
  String encoding;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    DeckRef ref = new DeckResolver(tiku.bank.DeckStore.fromEnvironment()).resolve(doc);
    if (ref.source() == null) {
      throw new InputException(ref.bankFile(), null, "this deck has no source document to read");
    }
    Facts facts = Tiku.extract(Tiku.read(ref.source(), GenerateCommand.readOptions(encoding)));
    out.print(json ? FactsJson.write(facts) : FactsSummary.format(facts));
    out.flush();
    return ExitCodes.OK;
  }
}
