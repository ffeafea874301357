package tiku.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tiku.model.Citation;
import tiku.model.Document;
import tiku.model.Sentence;

/**
 * A clause or a prose paragraph as extractors see it: its re-joined text, its sentences and where
 * each sentence starts in the text, so that a match at any offset cites its sentence.
 *
 * @param clause the clause number, or null for a paragraph
 * @param mostlyLatin {@link Scripts#mostlyLatin} of the text, worked out once for the extractors that ask
 */
public record TextUnit(Integer clause, Integer section, String text, List<Sentence> sentences, int[] starts, boolean mostlyLatin) {
  /** The document's clauses and paragraphs in source order. */
  public static List<TextUnit> of(Document doc) {
    record Placed(int start, TextUnit unit) {}
    List<Placed> placed = new ArrayList<>();
    doc.clauses().forEach(c -> placed.add(new Placed(c.span().start(), make(c.number(), c.section(), c.text(), c.sentences()))));
    doc.paragraphs().forEach(p -> placed.add(new Placed(p.span().start(), make(null, p.section(), p.text(), p.sentences()))));
    placed.sort(Comparator.comparingInt(Placed::start));
    return placed.stream().map(Placed::unit).toList();
  }

  static TextUnit make(Integer clause, Integer section, String text, List<Sentence> sentences) {
    int[] starts = new int[sentences.size()];
    int from = 0;
    for (int i = 0; i < starts.length; i++) {
      int at = text.indexOf(sentences.get(i).text(), from);
      starts[i] = at < 0 ? from : at;
      from = at < 0 ? from : at + sentences.get(i).text().length();
    }
    return new TextUnit(clause, section, text, sentences, starts, Scripts.mostlyLatin(text));
  }

  /** The sentence that holds the character at {@code offset}, or null when there are none. */
  public Sentence sentenceAt(int offset) {
    if (sentences.isEmpty()) {
      return null;
    }
    // the last sentence starting at or before the offset
    int lo = 0;
    int hi = starts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return sentences.get(lo);
  }

  /** The citation of the sentence holding {@code offset}. */
  public Citation cite(int offset) {
    Sentence s = sentenceAt(offset);
    if (s == null) {
      return new Citation(clause, text, null);
    }
    return new Citation(clause, s.text(), s.span());
  }
}
