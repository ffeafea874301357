package tiku.read;

/**
 * The number or dash that starts a heading or clause line.
 *
 * @param style the numbering style ("dot", "paren", "cn", "cn-paren", "article", "dash", "caps",
 *     "letter", "roman", "chapter", "part"): numbering restarts and sequences are tracked per style
 * @param label the number as printed, without its punctuation ("5", "一", "A", "2.3", "——")
 * @param value the number's value, or 0 when it has none (dashes, ALL-CAPS headings)
 * @param length how many characters of the trimmed line the marker takes, trailing space included
 * @param rank for headings, how major: 0 chapter, 1 part, 2 section, 3 subsection
 */
public record Marker(String style, String label, int value, int length, int rank) {}
