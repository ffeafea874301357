package tiku.model;

/** One sentence, its lines re-joined, with its span in the source. */
public record Sentence(String text, SourceSpan span) {}
