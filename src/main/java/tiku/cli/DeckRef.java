package tiku.cli;

import java.nio.file.Path;

/**
 * What a DECK|BANK|DOC argument names.
 *
 * @param deck the deck name (its folder under question-bank/, or the bank file's folder)
 * @param bankFile where its bank.json is or will be
 * @param source the source document to (re)generate from, or null
 * @param explicitDocument true when the user named a document rather than a deck or bank
 */
public record DeckRef(String deck, Path bankFile, Path source, boolean explicitDocument) {}
