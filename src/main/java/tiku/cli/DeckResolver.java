package tiku.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tiku.bank.DeckStore;
import tiku.io.InputException;
import tiku.io.SafeNames;

/** Resolves a DECK|BANK|DOC argument; with none, the bundled sample deck. */
final class DeckResolver {
  /** The deck that ships with Tiku, used when a command is given none. */
  static final String SAMPLE_DECK = "uk-vietnam-2025";

  private final DeckStore store;

  DeckResolver(DeckStore store) {
    this.store = store;
  }

  DeckRef resolve(String arg) throws IOException {
    if (arg == null) {
      if (!store.exists(SAMPLE_DECK)) {
        throw new InputException(store.deckDir(SAMPLE_DECK), null, "the bundled sample deck is missing; name a deck, bank.json or document");
      }
      return deck(SAMPLE_DECK);
    }
    Path p = Path.of(arg);
    if (Files.isRegularFile(p) && p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
      Path dir = p.toAbsolutePath().getParent();
      String deck = dir.getFileName() == null ? "deck" : dir.getFileName().toString();
      return new DeckRef(deck, p, DeckStore.sourceIn(dir).orElse(null), false);
    }
    if (Files.isDirectory(p) && (Files.exists(p.resolve(DeckStore.BANK_FILE)) || DeckStore.sourceIn(p).isPresent())) {
      String deck = p.toAbsolutePath().normalize().getFileName().toString();
      return new DeckRef(deck, p.resolve(DeckStore.BANK_FILE), DeckStore.sourceIn(p).orElse(null), false);
    }
    if (!arg.contains("/") && !arg.contains("\\") && !arg.equals("..") && !arg.equals(".") && store.exists(arg)) {
      return deck(arg);
    }
    if (Files.isRegularFile(p)) {
      String name = p.getFileName().toString();
      int dot = name.lastIndexOf('.');
      String deck = SafeNames.slug(dot > 0 ? name.substring(0, dot) : name);
      return new DeckRef(deck, store.bankFile(deck), p, true);
    }
    if (Files.isDirectory(p)) {
      throw new InputException(p, null, "is a folder with no bank.json or source document in it");
    }
    throw new InputException(p, null, "no such file, and no deck of that name (decks: " + String.join(", ", store.decks()) + ")");
  }

  private DeckRef deck(String deck) throws IOException {
    return new DeckRef(deck, store.bankFile(deck), store.sourceFile(deck).orElse(null), false);
  }
}
