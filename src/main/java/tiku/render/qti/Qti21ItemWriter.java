package tiku.render.qti;

import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import tiku.model.Answer;
import tiku.model.ClozeStem;
import tiku.model.Question;
import tiku.render.Changed;
import tiku.render.Labels;
import tiku.render.lms.FeedbackText;
import tiku.render.lms.QuestionTitle;
import tiku.render.lms.XmlOut;

/**
 * Writes one question as a QTI 2.1 {@code assessmentItem}, children in the schema's order
 * (responseDeclaration, outcomeDeclaration, itemBody, responseProcessing, modalFeedback). Text is
 * element content, so the XML writer alone keeps markup in a document as text.
 */
final class Qti21ItemWriter {
  static final String NS = "http://www.imsglobal.org/xsd/imsqti_v2p1";
  static final String SCHEMA = "http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1p2.xsd";
  static final String MATCH_CORRECT = "http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct";
  static final String MAP_RESPONSE = "http://www.imsglobal.org/question/qti_v2p1/rptemplates/map_response";
  private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

  private final Labels labels;
  private final List<Changed> changes;

  Qti21ItemWriter(Labels labels, List<Changed> changes) {
    this.labels = labels;
    this.changes = changes;
  }

  void write(XmlOut x, Question q, String id) throws XMLStreamException {
    x.openRoot("assessmentItem", NS, "xsi", XSI);
    x.attribute("xsi", XSI, "schemaLocation", NS + " " + SCHEMA);
    x.attribute("identifier", id);
    x.attribute("title", QuestionTitle.of(q));
    x.attribute("xml", XMLConstants.XML_NS_URI, "lang", labels.language().tag());
    x.attribute("adaptive", "false");
    x.attribute("timeDependent", "false");
    x.attribute("toolName", "Tiku");
    switch (q.type()) {
      case TRUE_FALSE -> {
        boolean truth = ((Answer.Truth) q.answer()).value();
        choice(x, q, List.of("true", "false"), List.of(labels.get("true.word"), labels.get("false.word")), truth ? "true" : "false");
      }
      case MULTIPLE_CHOICE -> {
        List<String> ids = numbered("choice", q.options().size());
        int right = q.options().indexOf(((Answer.Choice) q.answer()).option());
        if (right < 0) {
          changes.add(new Changed(q.id(), "the key is not among the options; no option is marked right"));
        }
        choice(x, q, ids, q.options(), right < 0 ? null : ids.get(right));
      }
      case CLOZE -> cloze(x, q);
      case MATCHING -> matching(x, q);
      case ORDERING -> ordering(x, q);
    }
    feedback(x, q);
    x.close();
  }

  private void choice(XmlOut x, Question q, List<String> ids, List<String> texts, String right) throws XMLStreamException {
    response(x, "RESPONSE", "single", "identifier", right == null ? List.of() : List.of(right));
    outcomes(x);
    x.open("itemBody");
    x.open("choiceInteraction", "responseIdentifier", "RESPONSE", "shuffle", "false", "maxChoices", "1");
    x.leaf("prompt", q.stem());
    for (int i = 0; i < ids.size(); i++) {
      x.leaf("simpleChoice", texts.get(i), "identifier", ids.get(i));
    }
    x.close().close();
    x.empty("responseProcessing", "template", MATCH_CORRECT);
  }

  private void cloze(XmlOut x, Question q) throws XMLStreamException {
    List<String> blanks = ((Answer.Blanks) q.answer()).texts();
    ClozeStem stem = ClozeStem.parse(q.stem());
    List<String> segments;
    List<String> keys;
    if (stem.blanks() == blanks.size()) {
      segments = stem.segments();
      keys = blanks;
    } else {
      changes.add(new Changed(q.id(), "the stem has " + stem.blanks() + " blanks for " + blanks.size()
          + " answers; exported as one text entry with the whole key after the stem"));
      segments = List.of(q.stem() + " ", "");
      keys = List.of(String.join(" ", blanks));
    }
    List<String> ids = keys.size() == 1 ? List.of("RESPONSE") : numbered("RESPONSE_", keys.size());
    for (int i = 0; i < keys.size(); i++) {
      response(x, ids.get(i), "single", "string", List.of(keys.get(i)));
    }
    outcomes(x);
    x.open("itemBody");
    x.open("p");
    for (int i = 0; i < keys.size(); i++) {
      x.text(segments.get(i));
      int length = Math.max(5, keys.get(i).codePointCount(0, keys.get(i).length()) + 2);
      x.empty("textEntryInteraction", "responseIdentifier", ids.get(i), "expectedLength", String.valueOf(length));
    }
    x.text(segments.get(keys.size()));
    x.close().close();
    if (keys.size() == 1) {
      x.empty("responseProcessing", "template", MATCH_CORRECT);
      return;
    }
    // the standard templates only know a response called RESPONSE; each right gap adds 1/n,
    // as Moodle (one mark per gap) and Canvas (a share per blank) score it
    x.open("responseProcessing");
    for (String id : ids) {
      x.open("responseCondition").open("responseIf");
      x.open("match").empty("variable", "identifier", id).empty("correct", "identifier", id).close();
      x.open("setOutcomeValue", "identifier", "SCORE").open("sum");
      x.empty("variable", "identifier", "SCORE");
      x.leaf("baseValue", share(ids.size()), "baseType", "float");
      x.close().close();
      x.close().close();
    }
    x.close();
  }

  private void matching(XmlOut x, Question q) throws XMLStreamException {
    List<Answer.Pair> pairs = ((Answer.Pairs) q.answer()).pairs();
    List<String> leftIds = numbered("L", pairs.size());
    List<String> rightIds = numbered("R", q.options().size());
    List<String> correct = new ArrayList<>();
    int[] uses = new int[rightIds.size()];
    for (int i = 0; i < pairs.size(); i++) {
      int r = q.options().indexOf(pairs.get(i).right());
      if (r >= 0) {
        uses[r]++;
      }
      if (r < 0) {
        changes.add(new Changed(q.id(), "\"" + pairs.get(i).left() + "\" has no match among the options"));
      } else {
        correct.add(leftIds.get(i) + " " + rightIds.get(r));
      }
    }
    // partial credit, as Moodle and Canvas give for matching: each right pair is worth 1/n
    x.open("responseDeclaration", "identifier", "RESPONSE", "cardinality", "multiple", "baseType", "directedPair");
    x.open("correctResponse");
    for (String v : correct) {
      x.leaf("value", v);
    }
    x.close();
    x.open("mapping", "defaultValue", "0", "lowerBound", "0", "upperBound", "1");
    for (String v : correct) {
      x.empty("mapEntry", "mapKey", v, "mappedValue", share(pairs.size()));
    }
    x.close().close();
    outcomes(x);
    x.open("itemBody");
    x.open("matchInteraction", "responseIdentifier", "RESPONSE", "shuffle", "false",
        "maxAssociations", String.valueOf(pairs.size()));
    x.leaf("prompt", q.stem());
    x.open("simpleMatchSet");
    for (int i = 0; i < pairs.size(); i++) {
      x.leaf("simpleAssociableChoice", pairs.get(i).left(), "identifier", leftIds.get(i), "matchMax", "1");
    }
    x.close().open("simpleMatchSet");
    for (int i = 0; i < rightIds.size(); i++) {
      // a right-hand item that is the answer to several left items must be matchable that often
      x.leaf("simpleAssociableChoice", q.options().get(i), "identifier", rightIds.get(i),
          "matchMax", String.valueOf(Math.max(1, uses[i])));
    }
    x.close().close().close();
    x.empty("responseProcessing", "template", MAP_RESPONSE);
  }

  private void ordering(XmlOut x, Question q) throws XMLStreamException {
    List<String> order = ((Answer.Sequence) q.answer()).items();
    List<String> shown = q.options().isEmpty() ? order : q.options();
    List<String> ids = numbered("item", shown.size());
    List<String> correct = new ArrayList<>();
    boolean[] used = new boolean[shown.size()];
    for (String item : order) {
      int at = -1;
      for (int i = 0; i < shown.size() && at < 0; i++) {
        if (!used[i] && shown.get(i).equals(item)) {
          at = i;
        }
      }
      if (at < 0) {
        changes.add(new Changed(q.id(), "\"" + item + "\" of the key is not among the items shown"));
      } else {
        used[at] = true;
        correct.add(ids.get(at));
      }
    }
    response(x, "RESPONSE", "ordered", "identifier", correct);
    outcomes(x);
    x.open("itemBody");
    x.open("orderInteraction", "responseIdentifier", "RESPONSE", "shuffle", "false");
    x.leaf("prompt", q.stem());
    for (int i = 0; i < shown.size(); i++) {
      x.leaf("simpleChoice", shown.get(i), "identifier", ids.get(i));
    }
    x.close().close();
    x.empty("responseProcessing", "template", MATCH_CORRECT);
  }

  private static void response(XmlOut x, String id, String cardinality, String baseType, List<String> values)
      throws XMLStreamException {
    x.open("responseDeclaration", "identifier", id, "cardinality", cardinality, "baseType", baseType);
    if (!values.isEmpty()) {
      x.open("correctResponse");
      for (String v : values) {
        x.leaf("value", v);
      }
      x.close();
    }
    x.close();
  }

  private static void outcomes(XmlOut x) throws XMLStreamException {
    x.open("outcomeDeclaration", "identifier", "SCORE", "cardinality", "single", "baseType", "float");
    x.open("defaultValue").leaf("value", "0").close();
    x.close();
    // never set: the modal feedback below uses showHide="hide", so it shows after every attempt
    x.empty("outcomeDeclaration", "identifier", "FEEDBACK", "cardinality", "single", "baseType", "identifier");
  }

  private void feedback(XmlOut x, Question q) throws XMLStreamException {
    FeedbackText fb = FeedbackText.of(q, labels);
    x.open("modalFeedback", "outcomeIdentifier", "FEEDBACK", "showHide", "hide", "identifier", "NONE",
        "title", labels.get("explanation"));
    if (!fb.explanation().isEmpty()) {
      x.leaf("p", fb.explanation());
    }
    x.leaf("p", fb.source());
    x.close();
  }

  /** 1/n as a decimal that sums back to 1 within a player's float comparison. */
  private static String share(int n) {
    return new java.math.BigDecimal(1).divide(new java.math.BigDecimal(n), 6, java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros().toPlainString();
  }

  private static List<String> numbered(String prefix, int n) {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      ids.add(prefix + i);
    }
    return ids;
  }
}
