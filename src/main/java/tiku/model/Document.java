package tiku.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A read document: its structure, each element with its span in {@link #source()}.
 *
 * @param source the decoded source text that every span points into
 * @param content the re-joined text of the content (paragraphs and clauses, one per line), with
 *     metadata, signature and footer left out; every question quote is a substring of it
 * @param metadata header fields (author, board, date, source URLs, …) that are never content
 */
public record Document(
    String title,
    Language language,
    Map<String, String> metadata,
    String source,
    String content,
    List<Section> sections,
    List<Clause> clauses,
    List<Paragraph> paragraphs) {
  public Document {
    metadata = Map.copyOf(metadata);
    sections = List.copyOf(sections);
    clauses = List.copyOf(clauses);
    paragraphs = List.copyOf(paragraphs);
  }

  public Optional<Section> section(Integer number) {
    if (number == null) {
      return Optional.empty();
    }
    return sections.stream().filter(s -> s.number() == number).findFirst();
  }

  public Optional<Clause> clause(int number) {
    return clauses.stream().filter(c -> c.number() == number).findFirst();
  }
}
