package tiku.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tiku.model.Clause;
import tiku.model.Document;
import tiku.model.Language;
import tiku.model.Paragraph;
import tiku.model.Section;
import tiku.model.Sentence;
import tiku.model.SourceSpan;

/**
 * A deliberately small stand-in reader for generator tests, so they do not depend on the read
 * stage's details: blocks by blank lines (or by the wrap width of a hard-wrapped post), headings,
 * numbered and dash-led clauses, PTT header/signature/footer and URLs left out of the content.
 */
final class SimpleReader {
  private static final Pattern ZH_HEADING = Pattern.compile("^([一二三四五六七八九十]+)、(.+)$");
  private static final Pattern CLAUSE = Pattern.compile("^([0-9]+)[.．]\\s*(.+)$");
  private static final Pattern CAPS = Pattern.compile("^[A-Z][A-Z ,&'’\\-]{3,}$");

  private SimpleReader() {}

  private record Line(String text, int start, int number) {}

  static Document read(String source, Language lang) {
    String[] raw = source.split("\n", -1);
    List<Line> lines = new ArrayList<>();
    int off = 0;
    for (int i = 0; i < raw.length; i++) {
      lines.add(new Line(raw[i].replace("\r", ""), off, i + 1));
      off += raw[i].length() + 1;
    }
    Map<String, String> meta = new HashMap<>();
    int from = 0;
    int to = lines.size();
    String title = lines.get(0).text().strip();
    if (lines.get(0).text().startsWith("作者")) {
      // a PTT post: header, then the body up to the first "--"
      for (int i = 0; i < lines.size(); i++) {
        String t = lines.get(i).text();
        if (t.startsWith("標題") && !t.equals("標題:")) {
          title = t.substring(2).strip();
        }
        if (t.startsWith("http") && from == 0) {
          from = i + 1;
        }
        if (t.equals("--") && to == lines.size()) {
          to = i;
        }
      }
    } else if (lang == Language.ZH_HANS) {
      title = lines.get(0).text().strip() + lines.get(1).text().strip();
      from = 2;
    } else {
      from = 1;
    }
    boolean blankSeparated = lines.subList(from, to).stream().anyMatch(l -> l.text().isBlank());
    List<List<Line>> blocks = new ArrayList<>();
    List<Line> cur = new ArrayList<>();
    for (Line l : lines.subList(from, to)) {
      String t = l.text().strip();
      if (t.startsWith("http") || t.isEmpty() || t.equals("###")) {
        flush(blocks, cur);
        continue;
      }
      boolean starts = ZH_HEADING.matcher(t).matches() || CLAUSE.matcher(t).matches() || t.startsWith("——") || CAPS.matcher(t).matches();
      if (starts || !blankSeparated && lang != Language.EN && !cur.isEmpty() && width(cur.get(cur.size() - 1).text()) < 74) {
        flush(blocks, cur);
      }
      cur.add(l);
      if (!blankSeparated && lang == Language.ZH_HANS || ZH_HEADING.matcher(t).matches() || CAPS.matcher(t).matches()) {
        flush(blocks, cur);
      }
    }
    flush(blocks, cur);

    List<Section> sections = new ArrayList<>();
    List<Clause> clauses = new ArrayList<>();
    List<Paragraph> paragraphs = new ArrayList<>();
    StringBuilder content = new StringBuilder();
    Map<String, Integer> labelCount = new HashMap<>();
    for (List<Line> b : blocks) {
      String text = join(b);
      Line first = b.get(0);
      Line last = b.get(b.size() - 1);
      SourceSpan span = new SourceSpan(first.start(), last.start() + last.text().length(), first.number(), last.number());
      Matcher h = ZH_HEADING.matcher(text);
      Matcher c = CLAUSE.matcher(text);
      Integer section = sections.isEmpty() ? null : sections.size();
      if (h.matches()) {
        sections.add(new Section(sections.size() + 1, h.group(1), h.group(2), span));
        content.append(text).append('\n');
      } else if (CAPS.matcher(text).matches()) {
        sections.add(new Section(sections.size() + 1, String.valueOf(sections.size() + 1), text, span));
        content.append(text).append('\n');
      } else if (c.matches()) {
        labelCount.merge(c.group(1), 1, Integer::sum);
        clauses.add(new Clause(clauses.size() + 1, c.group(1), section, c.group(2), span, sentences(c.group(2), span)));
        content.append(c.group(2)).append('\n');
      } else if (text.startsWith("——")) {
        String t = text.substring(2);
        clauses.add(new Clause(clauses.size() + 1, "—", section, t, span, sentences(t, span)));
        content.append(t).append('\n');
      } else {
        paragraphs.add(new Paragraph(text, section, span, sentences(text, span)));
        content.append(text).append('\n');
      }
    }
    // numbering printed once: clause numbers are the printed ones
    if (labelCount.values().stream().allMatch(n -> n == 1)) {
      List<Clause> renumbered = new ArrayList<>();
      for (Clause c : clauses) {
        int n = c.label().matches("[0-9]+") ? Integer.parseInt(c.label()) : c.number();
        renumbered.add(new Clause(n, c.label(), c.section(), c.text(), c.span(), c.sentences()));
      }
      clauses = renumbered;
    }
    return new Document(title, lang, meta, source, content.toString(), sections, clauses, paragraphs);
  }

  private static void flush(List<List<Line>> blocks, List<Line> cur) {
    if (!cur.isEmpty()) {
      blocks.add(new ArrayList<>(cur));
      cur.clear();
    }
  }

  private static int width(String s) {
    return s.codePoints().map(c -> c < 0x1100 ? 1 : 2).sum();
  }

  private static String join(List<Line> b) {
    StringBuilder sb = new StringBuilder();
    for (Line l : b) {
      String t = l.text().strip();
      if (sb.length() > 0 && isLatin(sb.charAt(sb.length() - 1)) && !t.isEmpty() && isLatin(t.charAt(0))) {
        sb.append(' ');
      } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ' && !t.isEmpty() && t.charAt(0) < 0x1100
          && Character.isLetterOrDigit(t.charAt(0)) && sb.charAt(sb.length() - 1) < 0x1100 && Character.isLetter(sb.charAt(sb.length() - 1))) {
        sb.append(' ');
      }
      sb.append(t);
    }
    return sb.toString().replaceAll("\\s{2,}", " ");
  }

  private static boolean isLatin(char c) {
    return c < 0x250 && (Character.isLetterOrDigit(c) || c == ',' || c == '.' || c == '(' || c == ')');
  }

  private static List<Sentence> sentences(String text, SourceSpan span) {
    List<Sentence> out = new ArrayList<>();
    for (String s : text.split("(?<=[。！？])|(?<=\\. )")) {
      if (!s.isBlank()) {
        out.add(new Sentence(s.strip(), span));
      }
    }
    return out;
  }
}
