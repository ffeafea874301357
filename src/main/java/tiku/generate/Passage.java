package tiku.generate;

import java.util.regex.Pattern;
import tiku.model.Clause;

/**
 * A clause or a prose paragraph of the content, in document order.
 *
 * @param clause the clause, or null for prose
 * @param section the section (pillar) it stands in, or null
 * @param order its position among the passages
 * @param offset where the text stands in the content
 * @param index the content's index, to find terms in the text without scanning it
 */
record Passage(String text, Clause clause, Integer section, int order, int offset, ContentIndex index) {
  private static final Pattern PRINTED_LABEL = Pattern.compile("[0-9０-９]+(\\.[0-9]+)*");

  /** As text().indexOf(term). */
  int indexOf(String term) {
    return index.indexOf(term, offset, text.length());
  }

  /** As text().contains(term). */
  boolean holds(String term) {
    return indexOf(term) >= 0;
  }

  boolean isClause() {
    return clause != null;
  }

  /** Identity of the place, stable when other passages change wording: section and printed label. */
  String place() {
    if (clause == null) {
      return "p";
    }
    boolean printed = clause.label() != null && PRINTED_LABEL.matcher(clause.label()).matches();
    return (section == null ? "-" : section) + "/" + (printed ? clause.label() : "#" + clause.number());
  }
}
