package tiku.render.qti;

import static org.assertj.core.api.Assertions.assertThat;
import static tiku.render.lms.SafeXml.all;
import static tiku.render.lms.SafeXml.children;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Test helper: the structural rules of the 1EdTech QTI 2.1 schema (imsqti_v2p1.xsd) and
 * information model that our items use — required attributes, allowed values, child order,
 * identifiers as XML names, and the references between declarations, interactions and keys.
 * (No copy of the XSD is available offline, so the rules are written out here.)
 */
final class Qti21Schema {
  static final String NS = "http://www.imsglobal.org/xsd/imsqti_v2p1";
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]*");
  private static final Pattern ITEM_ORDER = Pattern.compile(
      "(responseDeclaration )*(outcomeDeclaration )*(templateDeclaration )*(templateProcessing )?(stylesheet )*"
          + "(itemBody )?(responseProcessing )?(modalFeedback )*");
  private static final Set<String> CARDINALITY = Set.of("single", "multiple", "ordered", "record");
  private static final Set<String> BASE_TYPES = Set.of("identifier", "boolean", "integer", "float", "string", "point",
      "pair", "directedPair", "duration", "file", "uri", "intOrIdentifier");
  private static final Set<String> INTERACTIONS =
      Set.of("choiceInteraction", "textEntryInteraction", "matchInteraction", "orderInteraction");
  private static final Set<String> TEMPLATES = Set.of(
      "http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct",
      "http://www.imsglobal.org/question/qti_v2p1/rptemplates/map_response",
      "http://www.imsglobal.org/question/qti_v2p1/rptemplates/map_response_point");

  private Qti21Schema() {}

  static void checkItem(Document doc) {
    Element item = doc.getDocumentElement();
    assertThat(item.getNamespaceURI()).isEqualTo(NS);
    assertThat(item.getLocalName()).isEqualTo("assessmentItem");
    for (String required : List.of("identifier", "title", "adaptive", "timeDependent")) {
      assertThat(item.hasAttribute(required)).as("assessmentItem@" + required).isTrue();
    }
    assertThat(item.getAttribute("identifier")).matches(IDENTIFIER);
    assertThat(item.getAttribute("adaptive")).isIn("true", "false");
    assertThat(item.getAttribute("timeDependent")).isIn("true", "false");
    String order = children(item).stream().map(e -> e.getLocalName() + " ").collect(Collectors.joining());
    assertThat(order).as("assessmentItem children in schema order").matches(ITEM_ORDER);
    for (Element e : all(item, "*")) {
      assertThat(e.getNamespaceURI()).as(e.getLocalName() + " namespace").isEqualTo(NS);
    }

    Map<String, Element> responses = new HashMap<>();
    for (Element d : children(item, "responseDeclaration")) {
      declaration(d);
      assertThat(responses.put(d.getAttribute("identifier"), d)).as("unique response identifier").isNull();
    }
    Set<String> outcomes = new HashSet<>();
    for (Element d : children(item, "outcomeDeclaration")) {
      declaration(d);
      outcomes.add(d.getAttribute("identifier"));
    }
    assertThat(outcomes).contains("SCORE");

    Set<String> used = new HashSet<>();
    for (Element interaction : all(item, "*")) {
      if (!INTERACTIONS.contains(interaction.getLocalName())) {
        continue;
      }
      String rid = interaction.getAttribute("responseIdentifier");
      assertThat(responses).as("responseIdentifier " + rid + " is declared").containsKey(rid);
      assertThat(used.add(rid)).as("one interaction per response").isTrue();
      interaction(interaction, responses.get(rid));
    }
    assertThat(used).as("every response has an interaction").isEqualTo(responses.keySet());

    List<Element> rp = children(item, "responseProcessing");
    assertThat(rp).hasSize(1);
    Element processing = rp.get(0);
    if (processing.hasAttribute("template")) {
      assertThat(processing.getAttribute("template")).isIn(TEMPLATES);
      assertThat(responses.keySet()).as("the templates score the response called RESPONSE").containsExactly("RESPONSE");
      if (processing.getAttribute("template").endsWith("/map_response")) {
        assertThat(children(responses.get("RESPONSE"), "mapping")).as("map_response needs a mapping").hasSize(1);
      }
      assertThat(children(processing)).isEmpty();
    } else {
      for (Element v : all(processing, "variable")) {
        assertThat(responses.containsKey(v.getAttribute("identifier")) || outcomes.contains(v.getAttribute("identifier")))
            .as("variable " + v.getAttribute("identifier") + " is declared").isTrue();
      }
      for (Element v : all(processing, "correct")) {
        assertThat(responses).containsKey(v.getAttribute("identifier"));
      }
      for (Element v : all(processing, "setOutcomeValue")) {
        assertThat(outcomes).contains(v.getAttribute("identifier"));
      }
    }
    for (Element fb : children(item, "modalFeedback")) {
      assertThat(outcomes).contains(fb.getAttribute("outcomeIdentifier"));
      assertThat(fb.getAttribute("showHide")).isIn("show", "hide");
      assertThat(fb.getAttribute("identifier")).matches(IDENTIFIER);
    }
  }

  private static void declaration(Element d) {
    assertThat(d.getAttribute("identifier")).matches(IDENTIFIER);
    assertThat(d.getAttribute("cardinality")).isIn(CARDINALITY);
    if (d.hasAttribute("baseType")) {
      assertThat(d.getAttribute("baseType")).isIn(BASE_TYPES);
    }
    String order = children(d).stream().map(e -> e.getLocalName() + " ").collect(Collectors.joining());
    assertThat(order).matches("(defaultValue )?(correctResponse )?(mapping )?(areaMapping )?");
  }

  private static void interaction(Element interaction, Element declaration) {
    String name = interaction.getLocalName();
    List<String> values = values(declaration);
    String order = children(interaction).stream().map(e -> e.getLocalName() + " ").collect(Collectors.joining());
    switch (name) {
      case "choiceInteraction", "orderInteraction" -> {
        assertThat(order).matches("(prompt )?(simpleChoice )+");
        Set<String> ids = identifiers(children(interaction, "simpleChoice"));
        assertThat(declaration.getAttribute("baseType")).isEqualTo("identifier");
        assertThat(ids).containsAll(values);
        if (name.equals("choiceInteraction")) {
          assertThat(interaction.getAttribute("maxChoices")).matches("[0-9]+");
          assertThat(declaration.getAttribute("cardinality")).isEqualTo("single");
        } else {
          assertThat(declaration.getAttribute("cardinality")).isEqualTo("ordered");
          assertThat(values).hasSameSizeAs(ids).doesNotHaveDuplicates();
        }
      }
      case "matchInteraction" -> {
        assertThat(order).matches("(prompt )?simpleMatchSet simpleMatchSet ");
        List<Element> sets = children(interaction, "simpleMatchSet");
        Set<String> sources = identifiers(children(sets.get(0), "simpleAssociableChoice"));
        Set<String> targets = identifiers(children(sets.get(1), "simpleAssociableChoice"));
        assertThat(declaration.getAttribute("baseType")).isEqualTo("directedPair");
        Map<String, Integer> uses = new HashMap<>();
        for (String v : values) {
          String[] pair = v.split(" ");
          assertThat(pair).hasSize(2);
          assertThat(sources).contains(pair[0]);
          assertThat(targets).contains(pair[1]);
          uses.merge(pair[0], 1, Integer::sum);
          uses.merge(pair[1], 1, Integer::sum);
        }
        // the key must be a response the candidate can give: no choice used more than its matchMax
        for (Element set : sets) {
          for (Element c : children(set, "simpleAssociableChoice")) {
            int max = Integer.parseInt(c.getAttribute("matchMax"));
            assertThat(max == 0 || uses.getOrDefault(c.getAttribute("identifier"), 0) <= max)
                .as("matchMax of " + c.getAttribute("identifier")).isTrue();
          }
        }
        assertThat(values.size()).isLessThanOrEqualTo(Integer.parseInt(interaction.getAttribute("maxAssociations")));
        for (Element mapping : children(declaration, "mapping")) {
          double full = 0;
          for (Element entry : children(mapping, "mapEntry")) {
            assertThat(values).as("every mapped pair is a right pair").contains(entry.getAttribute("mapKey"));
            full += Double.parseDouble(entry.getAttribute("mappedValue"));
          }
          assertThat(full).as("all right pairs together score 1").isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
        }
      }
      case "textEntryInteraction" -> {
        assertThat(interaction.getParentNode().getLocalName()).as("an inline interaction sits in a block").isNotEqualTo("itemBody");
        assertThat(declaration.getAttribute("baseType")).isIn("string", "integer", "float");
        assertThat(declaration.getAttribute("cardinality")).isEqualTo("single");
      }
      default -> throw new AssertionError(name);
    }
  }

  private static Set<String> identifiers(List<Element> choices) {
    Set<String> ids = new HashSet<>();
    for (Element c : choices) {
      assertThat(c.getAttribute("identifier")).matches(IDENTIFIER);
      assertThat(ids.add(c.getAttribute("identifier"))).as("unique choice identifier").isTrue();
    }
    return ids;
  }

  static List<String> values(Element declaration) {
    return children(declaration, "correctResponse").stream()
        .flatMap(c -> children(c, "value").stream())
        .map(Element::getTextContent)
        .toList();
  }

  static void checkTest(Document doc, Set<String> itemFiles) {
    Element test = doc.getDocumentElement();
    assertThat(test.getNamespaceURI()).isEqualTo(NS);
    assertThat(test.getLocalName()).isEqualTo("assessmentTest");
    assertThat(test.getAttribute("identifier")).matches(IDENTIFIER);
    assertThat(test.hasAttribute("title")).isTrue();
    String order = children(test).stream().map(e -> e.getLocalName() + " ").collect(Collectors.joining());
    assertThat(order).matches("(outcomeDeclaration )*(timeLimits )?(stylesheet )*(rubricBlock )*(testPart )+(outcomeProcessing )?(testFeedback )*");
    for (Element part : children(test, "testPart")) {
      assertThat(part.getAttribute("navigationMode")).isIn("linear", "nonlinear");
      assertThat(part.getAttribute("submissionMode")).isIn("individual", "simultaneous");
      for (Element section : children(part, "assessmentSection")) {
        assertThat(section.getAttribute("identifier")).matches(IDENTIFIER);
        assertThat(section.hasAttribute("title")).isTrue();
        assertThat(section.getAttribute("visible")).isIn("true", "false");
      }
    }
    for (Element ref : all(test, "assessmentItemRef")) {
      assertThat(itemFiles).contains(ref.getAttribute("href"));
    }
  }
}
