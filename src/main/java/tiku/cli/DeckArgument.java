package tiku.cli;

import picocli.CommandLine.Parameters;

/** The optional DECK|BANK argument of every command that reads a bank's questions. */
final class DeckArgument {
  @Parameters(paramLabel = "DECK|BANK", arity = "0..1", description = "A deck name, a bank.json, or a document. Default: the bundled sample.")
  String deck;
}
