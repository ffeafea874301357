package tiku.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import tiku.model.Citation;
import tiku.model.Clause;
import tiku.model.Document;
import tiku.model.Language;
import tiku.model.Paragraph;
import tiku.model.Section;

/**
 * The content of a document as questions may use it: its clauses and prose paragraphs (never
 * metadata, signature, footer or URLs), where a term stands, and how often it is mentioned.
 */
final class DocumentText {
  private static final Pattern URL = Pattern.compile("(?i)https?://|www\\.|\\.(com|org|net|vn|tw|gov)\\b/");

  private final Document document;
  private final ContentIndex index;
  private final List<Passage> passages;
  private final List<Passage> clauses;
  /** usable() of each quote checked: the same fragment is checked when cut, drafted and gated. */
  private final Map<String, Boolean> usableQuotes = new HashMap<>();

  DocumentText(Document document) {
    this.document = document;
    this.index = new ContentIndex(document.content());
    record Placed(int start, String text, Clause clause, Integer section) {}
    List<Placed> placed = new ArrayList<>();
    for (Clause c : document.clauses()) {
      placed.add(new Placed(c.span().start(), c.text(), c, c.section()));
    }
    for (Paragraph p : document.paragraphs()) {
      placed.add(new Placed(p.span().start(), p.text(), null, p.section()));
    }
    placed.sort(Comparator.comparingInt(Placed::start));
    List<Passage> list = new ArrayList<>();
    for (Placed p : placed) {
      // a passage the content does not hold (a header, the signature, a footer) is never asked about
      int offset = p.text() == null ? -1 : index.indexOf(p.text(), 0, document.content().length());
      if (p.text() != null && substantial(p.text(), document.language()) && offset >= 0) {
        list.add(new Passage(p.text(), p.clause(), p.section(), list.size(), offset, index));
      }
    }
    this.passages = List.copyOf(list);
    this.clauses = passages.stream().filter(Passage::isClause).toList();
  }

  /** Too short to say anything worth asking: a date line, a dateline, a stray heading. */
  private static boolean substantial(String text, Language lang) {
    return text.strip().length() >= (lang.isChinese() ? 16 : 50);
  }

  Document document() {
    return document;
  }

  Language language() {
    return document.language();
  }

  String content() {
    return document.content();
  }

  List<Passage> passages() {
    return passages;
  }

  List<Passage> clauses() {
    return clauses;
  }

  List<Section> sections() {
    return document.sections();
  }

  Optional<Section> section(Integer number) {
    return document.section(number);
  }

  /** holding() of each term asked: the true/false swaps ask about the same few dozen names again and again. */
  private final Map<String, List<Passage>> holdingTerms = new HashMap<>();

  /** Every passage holding the term, in document order. */
  List<Passage> holding(String term) {
    if (term == null || term.isBlank()) {
      return List.of();
    }
    return holdingTerms.computeIfAbsent(term, t -> passages.stream().filter(p -> p.holds(t)).toList());
  }

  /** Where a fact's citation points, provided that passage holds the term; else the first that does. */
  Optional<Passage> locate(Citation citation, String term) {
    if (citation != null) {
      for (Passage p : passages) {
        boolean sameClause = citation.clause() != null && p.isClause() && p.clause().number() == citation.clause();
        boolean sameProse =
            citation.clause() == null && !p.isClause() && citation.sentence() != null && p.holds(citation.sentence());
        if ((sameClause || sameProse) && p.holds(term)) {
          return Optional.of(p);
        }
      }
    }
    // the first passage holding the term, as holding(term).stream().findFirst()
    if (term == null || term.isBlank()) {
      return Optional.empty();
    }
    for (Passage p : passages) {
      if (p.holds(term)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** How many times the term occurs in the content. */
  int mentions(String term) {
    if (term == null || term.isEmpty()) {
      return 0;
    }
    return index.count(term);
  }

  /** As content().contains(s). */
  boolean contains(String s) {
    return index.contains(s);
  }

  /** Text a question may print: no URL, no relative time word it cannot resolve. */
  // One pass over the text decides the Chinese rule and finds the cues the two patterns need (every
  // URL match has a '/' or "www." in it, every English match one of RelativeTime's words): this runs
  // on every stem, quote and fragment, and four passes were a hot spot. No check has side effects,
  // so their order does not matter.
  static boolean usable(String text) {
    boolean url = false;
    boolean english = false;
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c >= 128) {
        if (RelativeTime.chineseCue(c) && RelativeTime.chineseAt(text, i)) {
          return false;
        }
      } else if (c == '/') {
        url = true;
      } else {
        char lower = RelativeTime.asciiLower(c);
        if (!url && lower == 'w' && RelativeTime.wwwAt(text, i)) {
          url = true;
        }
        if (!english && RelativeTime.englishFirst(lower) && RelativeTime.englishWordAt(text, i, lower)) {
          english = true;
        }
      }
    }
    return !(url && URL.matcher(text).find()) && !(english && RelativeTime.englishPattern(text));
  }


  boolean grounded(String quote) {
    return quote != null && !quote.isBlank() && index.contains(quote)
        && usableQuotes.computeIfAbsent(quote, DocumentText::usable);
  }
}
