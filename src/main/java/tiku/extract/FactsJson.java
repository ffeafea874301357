package tiku.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tiku.model.Citation;
import tiku.model.Clause;
import tiku.model.Document;
import tiku.model.Facts;
import tiku.model.Section;
import tiku.model.SourceSpan;

/**
 * The {@code tiku facts --json} contract: title, language, sections, clauses, agreements, people,
 * organizations, years and quantities, plus metadata, paragraphs, spans and citations. Keys come
 * in a fixed order, so the same document always prints the same bytes.
 */
public final class FactsJson {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private FactsJson() {}

  /** The facts as a pretty-printed JSON document, ending with a newline. */
  public static String write(Facts facts) {
    try {
      return MAPPER.writeValueAsString(toJson(facts)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write facts as JSON", e);
    }
  }

  public static ObjectNode toJson(Facts facts) {
    Document d = facts.document();
    ObjectNode root = MAPPER.createObjectNode();
    root.put("title", d.title());
    root.put("language", d.language().tag());
    ObjectNode meta = root.putObject("metadata");
    for (Map.Entry<String, String> e : new TreeMap<>(d.metadata()).entrySet()) {
      meta.put(e.getKey(), e.getValue());
    }
    ArrayNode sections = root.putArray("sections");
    for (Section s : d.sections()) {
      ObjectNode o = sections.addObject();
      o.put("number", s.number());
      o.put("label", s.label());
      o.put("heading", s.heading());
      ArrayNode numbers = o.putArray("clauses");
      d.clauses().stream().filter(c -> c.section() != null && c.section() == s.number()).forEach(c -> numbers.add(c.number()));
      span(o, s.span());
    }
    ArrayNode clauses = root.putArray("clauses");
    for (Clause c : d.clauses()) {
      ObjectNode o = clauses.addObject();
      o.put("number", c.number());
      o.put("label", c.label());
      if (c.section() == null) {
        o.putNull("section");
      } else {
        o.put("section", c.section());
      }
      o.put("text", c.text());
      span(o, c.span());
    }
    ArrayNode paragraphs = root.putArray("paragraphs");
    d.paragraphs().forEach(p -> {
      ObjectNode o = paragraphs.addObject();
      if (p.section() == null) {
        o.putNull("section");
      } else {
        o.put("section", p.section());
      }
      o.put("text", p.text());
      span(o, p.span());
    });
    ArrayNode agreements = root.putArray("agreements");
    facts.agreements().forEach(a -> {
      ObjectNode o = agreements.addObject();
      o.put("name", a.name());
      strings(o.putArray("aliases"), a.aliases());
      ArrayNode n = o.putArray("clauses");
      a.clauses().forEach(n::add);
      ArrayNode cites = o.putArray("citations");
      a.citations().forEach(c -> citation(cites.addObject(), c));
    });
    ArrayNode people = root.putArray("people");
    facts.people().forEach(p -> {
      ObjectNode o = people.addObject();
      o.put("name", p.name());
      o.put("role", p.role());
      o.put("latin", p.latin());
      citation(o.putObject("citation"), p.citation());
    });
    ArrayNode orgs = root.putArray("organizations");
    facts.organizations().forEach(org -> {
      ObjectNode o = orgs.addObject();
      o.put("name", org.name());
      o.put("acronym", org.acronym());
      citation(o.putObject("citation"), org.citation());
    });
    ArrayNode years = root.putArray("years");
    facts.years().forEach(y -> {
      ObjectNode o = years.addObject();
      o.put("year", y.year());
      o.put("date", y.date());
      o.put("event", y.event());
      o.put("sentence", y.sentence());
      citation(o.putObject("citation"), y.citation());
    });
    ArrayNode quantities = root.putArray("quantities");
    facts.quantities().forEach(q -> {
      ObjectNode o = quantities.addObject();
      o.put("value", q.value());
      o.put("unit", q.unit());
      o.put("sentence", q.sentence());
      citation(o.putObject("citation"), q.citation());
    });
    return root;
  }

  private static void strings(ArrayNode a, List<String> values) {
    new ArrayList<>(values).forEach(a::add);
  }

  private static void citation(ObjectNode o, Citation c) {
    if (c.clause() == null) {
      o.putNull("clause");
    } else {
      o.put("clause", c.clause());
    }
    o.put("sentence", c.sentence());
    if (c.span() != null) {
      span(o, c.span());
    }
  }

  private static void span(ObjectNode o, SourceSpan s) {
    ObjectNode span = o.putObject("span");
    span.put("start", s.start());
    span.put("end", s.end());
    span.put("startLine", s.startLine());
    span.put("endLine", s.endLine());
  }
}
