package tiku.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tiku.model.Clause;
import tiku.model.Document;
import tiku.model.Language;
import tiku.model.Paragraph;
import tiku.model.Section;

/**
 * Builds a {@link Document} from the body lines of a text: a leading title block, headed
 * sections, numbered clauses and dash-led items, prose paragraphs and their sentences, every one
 * with its span in the source. Clauses before the first heading are preamble (section null).
 */
public final class StructureParser {
  private static final Pattern URL_LINE = Pattern.compile("^(?:https?://|www\\.)\\S++$");
  private static final int MAX_TITLE_LINES = 3;
  private static final int MAX_TITLE_WIDTH = 400;
  private static final int MAX_NUMBERED_HEADING_WIDTH = 60;
  private static final int FALLBACK_TITLE_LENGTH = 60;

  private enum Kind { BLANK, TEXT, HEADING, SUBHEAD, CLAUSE }

  private record Block(Kind kind, Marker marker, List<Line> lines) {}

  private final LineIndex index;
  private final List<Line> lines;
  private final Kind[] kinds;
  private final Marker[] markers;
  private final Map<String, String> metadata;
  private final Map<Integer, Integer> styledHeadings;

  private StructureParser(
      LineIndex index, List<Line> lines, Map<String, String> metadata, Map<Integer, Integer> styledHeadings) {
    this.index = index;
    this.lines = lines;
    this.kinds = new Kind[lines.size()];
    this.markers = new Marker[lines.size()];
    this.metadata = metadata;
    this.styledHeadings = styledHeadings;
  }

  /**
   * Parses the body lines of a source.
   *
   * @param title the title when the format gives one (a PTT header), else null to find one
   * @param metadata header fields found so far; URLs and bylines found in the body are added
   */
  public static Document parse(LineIndex index, List<Line> body, String title, Map<String, String> metadata) {
    return parse(index, body, title, metadata, Map.of());
  }

  /**
   * Parses lines some of which the format itself marks as headings (a .docx heading style), even
   * when their text carries no number.
   *
   * @param styledHeadings line number (1-based) → heading rank (2 for a top-level heading)
   */
  public static Document parse(
      LineIndex index, List<Line> body, String title, Map<String, String> metadata, Map<Integer, Integer> styledHeadings) {
    Map<String, String> meta = new LinkedHashMap<>(metadata);
    StructureParser p = new StructureParser(index, body, meta, styledHeadings);
    p.moveMetadataLines();
    String t = title != null ? title : p.takeTitleBlock();
    p.classify();
    return p.build(t);
  }

  /** Source URLs and bylines are metadata, never content. */
  private void moveMetadataLines() {
    List<String> urls = new ArrayList<>();
    if (metadata.containsKey("urls")) {
      urls.add(metadata.get("urls"));
    }
    for (int i = 0; i < lines.size(); i++) {
      String t = lines.get(i).trimmed();
      kinds[i] = Kind.TEXT;
      if (t.isEmpty() || !hasWordCharacter(t)) {
        kinds[i] = Kind.BLANK;
      } else if (URL_LINE.matcher(t).matches()) {
        urls.add(t);
        kinds[i] = Kind.BLANK;
      } else {
        String by = Bylines.kind(t);
        if (by != null) {
          metadata.merge(by, t, (a, b) -> a + " / " + b);
          kinds[i] = Kind.BLANK;
        }
      }
    }
    if (!urls.isEmpty()) {
      metadata.put("urls", String.join(" ", urls));
      metadata.putIfAbsent("url", urls.get(0).split(" ")[0]);
    }
  }

  private static boolean hasWordCharacter(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isLetterOrDigit(c) || Chars.isHan(c)) {
        return true;
      }
    }
    return false;
  }

  /** A short first block followed by a blank line, not ending like a sentence, is the title. */
  private String takeTitleBlock() {
    int f = 0;
    while (f < lines.size() && kinds[f] == Kind.BLANK) {
      f++;
    }
    int g = f;
    while (g < lines.size() && kinds[g] != Kind.BLANK) {
      g++;
    }
    if (f >= lines.size() || g - f > MAX_TITLE_LINES || g >= lines.size()) {
      return null;
    }
    if (styledHeadings.containsKey(lines.get(f).number())) {
      return null; // the format says it is a heading, not the title
    }
    boolean more = false;
    for (int i = g; i < lines.size() && !more; i++) {
      more = kinds[i] != Kind.BLANK;
    }
    String first = lines.get(f).trimmed();
    JoinedText joined = LineJoiner.join(lines.subList(f, g), index);
    String t = joined.text();
    if (!more || Chars.width(t) > MAX_TITLE_WIDTH || ClauseSplitter.match(first) != null) {
      return null;
    }
    char last = t.charAt(t.length() - 1);
    if (Chars.isSentenceEnd(last) || last == '.' || last == '；' || last == ';') {
      return null;
    }
    for (int i = f; i < g; i++) {
      kinds[i] = Kind.BLANK;
    }
    return t;
  }

  private void classify() {
    Map<String, Integer> lastValue = new HashMap<>();
    boolean anyHeading = false;
    for (int i = 0; i < lines.size(); i++) {
      if (kinds[i] == Kind.BLANK) {
        continue;
      }
      String t = lines.get(i).trimmed();
      Integer styledRank = styledHeadings.get(lines.get(i).number());
      if (styledRank != null) {
        kinds[i] = Kind.HEADING;
        markers[i] = styledMarker(t, styledRank);
        anyHeading = true;
        continue;
      }
      if (Chars.isClosing(t.charAt(0))) {
        continue; // a wrapped line's tail, whatever follows
      }
      Marker c = ClauseSplitter.match(t);
      if (c != null && inSequence(c, lastValue)) {
        kinds[i] = Kind.CLAUSE;
        markers[i] = c;
        continue;
      }
      Marker h = SectionDetector.match(t);
      if (h != null) {
        kinds[i] = Kind.HEADING;
        markers[i] = h;
        anyHeading = true;
      }
    }
    if (!anyHeading) {
      findNumberedHeadings();
    }
    int top = Integer.MAX_VALUE;
    for (int i = 0; i < lines.size(); i++) {
      if (kinds[i] == Kind.HEADING) {
        top = Math.min(top, markers[i].rank());
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      if (kinds[i] == Kind.HEADING && markers[i].rank() > top) {
        kinds[i] = Kind.SUBHEAD;
      }
    }
  }

  /** A heading by its style: its number, if the text has one, is still its label. */
  private static Marker styledMarker(String t, int rank) {
    Marker h = SectionDetector.match(t);
    if (h != null) {
      return new Marker(h.style(), h.label(), h.value(), h.length(), rank);
    }
    Marker c = ClauseSplitter.match(t);
    if (c != null && c.value() > 0) {
      return new Marker("styled", c.label(), c.value(), c.length(), rank);
    }
    return new Marker("styled", "", 0, 0, rank);
  }

  /** Numbered clauses count on by one or restart at 1; anything else is a wrapped line's number. */
  private static boolean inSequence(Marker m, Map<String, Integer> last) {
    if (m.value() <= 0) {
      return true;
    }
    Integer prev = last.get(m.style());
    boolean ok = prev == null || m.value() == prev + 1 || m.value() == 1;
    if (ok) {
      last.put(m.style(), m.value());
    }
    return ok;
  }

  /**
   * "1. Introduction": short numbered lines that are not followed by the next number are headings
   * when a document has at least two of them and no other headings.
   */
  private void findNumberedHeadings() {
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (kinds[i] != Kind.CLAUSE || !markers[i].style().equals("dot")) {
        continue;
      }
      String t = lines.get(i).trimmed();
      String rest = t.substring(markers[i].length());
      if (Chars.width(rest) > MAX_NUMBERED_HEADING_WIDTH || !SectionDetector.headingLike(t)) {
        continue;
      }
      int j = i + 1;
      while (j < lines.size() && kinds[j] == Kind.BLANK) {
        j++;
      }
      boolean nextItem =
          j < lines.size()
              && kinds[j] == Kind.CLAUSE
              && markers[j].style().equals("dot")
              && markers[j].value() == markers[i].value() + 1;
      if (j < lines.size() && !nextItem) {
        found.add(i);
      }
    }
    if (found.size() >= 2) {
      for (int i : found) {
        Marker m = markers[i];
        kinds[i] = Kind.HEADING;
        markers[i] = new Marker("numbered", m.label(), m.value(), m.length(), 2);
      }
    }
  }

  private List<Block> blocks(LineJoiner joiner) {
    List<Block> blocks = new ArrayList<>();
    Block open = null;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      switch (kinds[i]) {
        case BLANK -> open = null;
        case HEADING, SUBHEAD -> {
          blocks.add(new Block(kinds[i] == Kind.HEADING ? Kind.HEADING : Kind.TEXT, markers[i], List.of(line)));
          open = null;
        }
        case CLAUSE -> {
          open = new Block(Kind.CLAUSE, markers[i], new ArrayList<>(List.of(line)));
          blocks.add(open);
        }
        case TEXT -> {
          if (open != null && joiner.continues(open.lines().get(open.lines().size() - 1), line)) {
            open.lines().add(line);
          } else {
            open = new Block(Kind.TEXT, null, new ArrayList<>(List.of(line)));
            blocks.add(open);
          }
        }
        default -> throw new IllegalStateException();
      }
    }
    return blocks;
  }

  private Document build(String title) {
    List<Line> contentLines = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (kinds[i] != Kind.BLANK) {
        contentLines.add(lines.get(i));
      }
    }
    LineJoiner joiner = LineJoiner.detect(contentLines);
    List<Section> sections = new ArrayList<>();
    List<Clause> clauses = new ArrayList<>();
    List<Paragraph> paragraphs = new ArrayList<>();
    StringBuilder content = new StringBuilder();
    Integer section = null;
    for (Block b : blocks(joiner)) {
      JoinedText jt = LineJoiner.join(b.lines(), index);
      switch (b.kind()) {
        case HEADING -> {
          int n = sections.size() + 1;
          String label = b.marker().label().isEmpty() ? String.valueOf(n) : b.marker().label();
          String heading = jt.sub(Math.min(b.marker().length(), jt.length()), jt.length()).trimmed().text();
          sections.add(new Section(n, label, heading, jt.span()));
          section = n;
        }
        case CLAUSE -> {
          JoinedText text = jt.sub(Math.min(b.marker().length(), jt.length()), jt.length()).trimmed();
          clauses.add(
              new Clause(
                  clauses.size() + 1, b.marker().label(), section, text.text(), jt.span(),
                  SentenceSplitter.split(text)));
          line(content, text.text());
        }
        default -> {
          JoinedText text = jt.trimmed();
          paragraphs.add(new Paragraph(text.text(), section, jt.span(), SentenceSplitter.split(text)));
          line(content, text.text());
        }
      }
    }
    clauses = ClauseNumbers.assign(clauses);
    String body = content.toString();
    Language language = LanguageDetector.detect(body.isEmpty() ? index.source() : body);
    String t = title != null && !title.isBlank() ? title : fallbackTitle(sections, body);
    return new Document(t, language, metadata, index.source(), body, sections, clauses, paragraphs);
  }

  private static void line(StringBuilder content, String text) {
    if (content.length() > 0) {
      content.append('\n');
    }
    content.append(text);
  }

  private static String fallbackTitle(List<Section> sections, String body) {
    if (!sections.isEmpty() && !sections.get(0).heading().isEmpty()) {
      return sections.get(0).heading();
    }
    String first = body.lines().findFirst().orElse("");
    if (first.length() <= FALLBACK_TITLE_LENGTH) {
      return first;
    }
    int cut = FALLBACK_TITLE_LENGTH;
    if (Character.isLowSurrogate(first.charAt(cut))) {
      cut--;
    }
    return first.substring(0, cut) + "…";
  }
}
