package tiku.model;

/**
 * A headed section of a document (a "pillar" of a joint statement).
 *
 * @param number 1-based position among the document's sections
 * @param label the number as printed ("一", "A", "2"), without its punctuation
 * @param heading the heading text without its number
 */
public record Section(int number, String label, String heading, SourceSpan span) {}
