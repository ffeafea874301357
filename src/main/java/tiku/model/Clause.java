package tiku.model;

import java.util.List;

/**
 * A numbered clause or a dash-led item.
 *
 * @param number unique within the document: the printed number where the document numbers its
 *     clauses once, else the clause's 1-based position
 * @param label the number as the document prints it ("5", "2.3", "—")
 * @param section the number of the section it stands in, or null for preamble clauses
 * @param text the clause text without its number, lines re-joined
 */
public record Clause(
    int number, String label, Integer section, String text, SourceSpan span, List<Sentence> sentences) {
  public Clause {
    sentences = List.copyOf(sentences);
  }

  /**
   * Whether a clause label is a number as the document prints it ("5", "2.3", "第五條"), not a
   * bullet ("——", "•") that readers cannot cite; null counts as a bullet.
   */
  public static boolean numbered(String label) {
    return label != null && label.codePoints().anyMatch(Character::isLetterOrDigit);
  }
}
