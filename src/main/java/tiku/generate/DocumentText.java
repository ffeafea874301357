package tiku.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
  private static final Pattern RELATIVE_TIME =
      Pattern.compile(
          "今年|去年|明年|本月|上個?月|下個?月|这个月|這個月|日前|近日|昨[天日]|今[天日]|明天|前天|本週|本周|上週|上周|下週|下周|近來|近来"
              + "|(?<![月0-9０-９])(?<!月[0-9]{1,2}日至)(?<!月[0-9]{2}日-)[0-9０-９]{1,2}日"
              + "|(?i)\\b(today|yesterday|tomorrow|(last|next|this) (week|month|year)|later this year|recently)\\b");
  private static final Pattern URL = Pattern.compile("(?i)https?://|www\\.|\\.(com|org|net|vn|tw|gov)\\b/");

  private final Document document;
  private final List<Passage> passages;

  DocumentText(Document document) {
    this.document = document;
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
      if (p.text() != null && substantial(p.text(), document.language()) && document.content().contains(p.text())) {
        list.add(new Passage(p.text(), p.clause(), p.section(), list.size()));
      }
    }
    this.passages = List.copyOf(list);
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
    return passages.stream().filter(Passage::isClause).toList();
  }

  List<Section> sections() {
    return document.sections();
  }

  Optional<Section> section(Integer number) {
    return document.section(number);
  }

  /** Every passage holding the term, in document order. */
  List<Passage> holding(String term) {
    if (term == null || term.isBlank()) {
      return List.of();
    }
    return passages.stream().filter(p -> p.text().contains(term)).toList();
  }

  /** Where a fact's citation points, provided that passage holds the term; else the first that does. */
  Optional<Passage> locate(Citation citation, String term) {
    if (citation != null) {
      for (Passage p : passages) {
        boolean sameClause = citation.clause() != null && p.isClause() && p.clause().number() == citation.clause();
        boolean sameProse =
            citation.clause() == null && !p.isClause() && citation.sentence() != null && p.text().contains(citation.sentence());
        if ((sameClause || sameProse) && p.text().contains(term)) {
          return Optional.of(p);
        }
      }
    }
    return holding(term).stream().findFirst();
  }

  /** How many times the term occurs in the content. */
  int mentions(String term) {
    if (term == null || term.isEmpty()) {
      return 0;
    }
    int n = 0;
    for (int i = document.content().indexOf(term); i >= 0; i = document.content().indexOf(term, i + term.length())) {
      n++;
    }
    return n;
  }

  /** Text a question may print: no URL, no relative time word it cannot resolve. */
  static boolean usable(String text) {
    return !URL.matcher(text).find() && !RELATIVE_TIME.matcher(text).find();
  }

  boolean grounded(String quote) {
    return quote != null && !quote.isBlank() && document.content().contains(quote) && usable(quote);
  }
}
