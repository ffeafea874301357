package tiku.model;

/**
 * Where a question's answer stands in the document.
 *
 * @param clause the clause number, or null for a sentence of prose
 * @param label how the document prints that clause number (null for prose)
 * @param quote the exact source text, lines re-joined, that supports the answer
 */
public record QuestionSource(Integer clause, String label, String quote) {}
