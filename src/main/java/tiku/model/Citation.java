package tiku.model;

/**
 * Where a fact stands: the clause (or null for prose), the re-joined sentence that states it, and
 * the sentence's span in the source.
 */
public record Citation(Integer clause, String sentence, SourceSpan span) {}
