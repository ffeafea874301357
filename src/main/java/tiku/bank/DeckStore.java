package tiku.bank;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The {@code question-bank/} folder: one folder per deck holding {@code bank.json} and, for decks
 * Tiku can regenerate, the source document as {@code source.<ext>}.
 */
public final class DeckStore {
  public static final String BANK_FILE = "bank.json";
  private final Path root;

  public DeckStore(Path projectRoot) {
    this.root = projectRoot.resolve("question-bank");
  }

  /** The store under the folder the launcher runs in (system property tiku.root, else the working folder). */
  public static DeckStore fromEnvironment() {
    String r = System.getProperty("tiku.root");
    return new DeckStore(Path.of(r == null || r.isBlank() ? "." : r));
  }

  public Path root() {
    return root;
  }

  public Path deckDir(String deck) {
    return root.resolve(deck);
  }

  public Path bankFile(String deck) {
    return deckDir(deck).resolve(BANK_FILE);
  }

  /** The deck's stored source document, if it has one. */
  public Optional<Path> sourceFile(String deck) throws IOException {
    return sourceIn(deckDir(deck));
  }

  /** The source document ({@code source.<ext>}) kept in a deck folder, if there is one. */
  public static Optional<Path> sourceIn(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().startsWith("source.") && Files.isRegularFile(p)).sorted().findFirst();
    }
  }

  public boolean exists(String deck) {
    return Files.isDirectory(deckDir(deck));
  }

  public List<String> decks() throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(root)) {
      return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
    }
  }
}
