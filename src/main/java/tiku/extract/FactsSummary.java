package tiku.extract;

import java.util.List;
import java.util.stream.Collectors;
import tiku.model.Citation;
import tiku.model.Clause;
import tiku.model.Document;
import tiku.model.Facts;
import tiku.model.Section;

/** A readable account of a document's structure and facts, each with the place it stands. */
public final class FactsSummary {
  private static final int PREVIEW = 40;

  private FactsSummary() {}

  public static String format(Facts facts) {
    Document d = facts.document();
    StringBuilder sb = new StringBuilder();
    sb.append(d.title()).append('\n');
    sb.append("language: ").append(d.language().tag()).append('\n');
    d.metadata().keySet().stream().sorted().forEach(k -> sb.append(k).append(": ").append(d.metadata().get(k)).append('\n'));
    sb.append('\n').append("Structure: ").append(d.sections().size()).append(" sections, ")
        .append(d.clauses().size()).append(" clauses, ").append(d.paragraphs().size()).append(" paragraphs\n");
    long preamble = d.clauses().stream().filter(c -> c.section() == null).count();
    if (preamble > 0) {
      // with no headings at all, every clause is "preamble" only in the parser's sense
      sb.append(d.sections().isEmpty() ? "  clauses: " : "  preamble: ").append(range(d.clauses().stream().filter(c -> c.section() == null).toList())).append('\n');
    }
    for (Section s : d.sections()) {
      List<Clause> in = d.clauses().stream().filter(c -> c.section() != null && c.section() == s.number()).toList();
      sb.append("  ").append(s.label()).append(". ").append(s.heading());
      if (!in.isEmpty()) {
        sb.append("  [clauses ").append(range(in)).append(']');
      }
      sb.append("  (line ").append(s.span().startLine()).append(")\n");
    }
    sb.append('\n').append("Agreements (").append(facts.agreements().size()).append(")\n");
    facts.agreements().forEach(a -> {
      sb.append("  ").append(a.name());
      if (!a.aliases().isEmpty()) {
        sb.append("  = ").append(String.join(" = ", a.aliases()));
      }
      sb.append("  ").append(where(a.clauses(), a.citations())).append('\n');
    });
    sb.append('\n').append("People (").append(facts.people().size()).append(")\n");
    facts.people().forEach(p -> sb.append("  ").append(p.role() == null ? "" : p.role() + " ").append(p.name())
        .append(p.latin() == null ? "" : " (" + p.latin() + ")").append("  ").append(place(p.citation())).append('\n'));
    sb.append('\n').append("Organizations (").append(facts.organizations().size()).append(")\n");
    facts.organizations().forEach(o -> sb.append("  ").append(o.name())
        .append(o.acronym() == null ? "" : " (" + o.acronym() + ")").append("  ").append(place(o.citation())).append('\n'));
    sb.append('\n').append("Years (").append(facts.years().size()).append(")\n");
    facts.years().forEach(y -> sb.append("  ").append(y.year()).append(y.date() == null ? "" : " [" + y.date() + "]")
        .append(": ").append(y.event()).append("  ").append(place(y.citation())).append('\n'));
    sb.append('\n').append("Quantities (").append(facts.quantities().size()).append(")\n");
    facts.quantities().forEach(q -> sb.append("  ").append(quantity(q)).append("  ").append(place(q.citation())).append('\n'));
    return sb.toString();
  }

  /** "50億英鎊", "15%", "1.5 degrees", "$100 billion": currency symbols go first. */
  private static String quantity(tiku.model.Quantity q) {
    String unit = q.unit();
    if (unit.startsWith("$") || unit.startsWith("£") || unit.startsWith("€") || unit.startsWith("US$")) {
      String[] parts = unit.split(" ", 2);
      return parts[0] + q.value() + (parts.length > 1 ? " " + parts[1] : "");
    }
    boolean spaced = Scripts.mostlyLatin(unit) && !unit.equals("%");
    return q.value() + (spaced ? " " : "") + unit;
  }

  private static String range(List<Clause> clauses) {
    if (clauses.size() == 1) {
      return name(clauses.get(0));
    }
    return name(clauses.get(0)) + "–" + name(clauses.get(clauses.size() - 1)) + " (" + clauses.size() + ")";
  }

  /** The printed number, or the position of a dash-led item. */
  private static String name(Clause c) {
    return Clause.numbered(c.label()) ? c.label() : String.valueOf(c.number());
  }

  private static String where(List<Integer> clauses, List<Citation> citations) {
    if (!clauses.isEmpty()) {
      return "clauses " + clauses.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
    return citations.isEmpty() ? "" : place(citations.get(0));
  }

  private static String place(Citation c) {
    String at = c.clause() != null ? "clause " + c.clause() : c.span() != null ? "line " + c.span().startLine() : "";
    String s = c.sentence() == null ? "" : c.sentence();
    String preview = s.codePointCount(0, s.length()) > PREVIEW ? s.substring(0, s.offsetByCodePoints(0, PREVIEW)) + "…" : s;
    return "— " + at + ": " + preview;
  }
}
