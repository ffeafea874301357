package tiku.render.qti;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import tiku.model.Answer;
import tiku.model.ClozeStem;
import tiku.model.Question;
import tiku.render.Changed;
import tiku.render.Labels;
import tiku.render.lms.FeedbackText;
import tiku.render.lms.HtmlText;
import tiku.render.lms.XmlOut;

/**
 * Writes one question as a QTI 1.2 {@code <item>} in the dialect Canvas exports and imports:
 * {@code question_type} in the item metadata, {@code response_lid}/{@code render_choice} for
 * choices, {@code resprocessing} scoring SCORE out of 100, and the explanation and source as
 * general feedback. Ordering has no Canvas type; it becomes matching of positions to items.
 */
final class Qti12ItemWriter {
  private final XmlOut x;
  private final Labels labels;
  private final int points;
  private final List<Changed> changes;

  Qti12ItemWriter(XmlOut x, Labels labels, int points, List<Changed> changes) {
    this.x = x;
    this.labels = labels;
    this.points = points;
    this.changes = changes;
  }

  void write(Question q, String ident) throws XMLStreamException {
    switch (q.type()) {
      case TRUE_FALSE -> {
        boolean truth = ((Answer.Truth) q.answer()).value();
        choice(q, ident, "true_false_question", List.of(labels.get("true.word"), labels.get("false.word")), truth ? 0 : 1);
      }
      case MULTIPLE_CHOICE -> {
        String key = ((Answer.Choice) q.answer()).option();
        int right = q.options().indexOf(key);
        if (right < 0) {
          changes.add(new Changed(q.id(), "the key is not among the options; no option is marked right"));
        }
        choice(q, ident, "multiple_choice_question", q.options(), right);
      }
      case CLOZE -> cloze(q, ident);
      case MATCHING -> {
        List<Answer.Pair> pairs = ((Answer.Pairs) q.answer()).pairs();
        matching(q, ident, HtmlText.paragraph(q.stem()), pairs.stream().map(Answer.Pair::left).toList(), q.options(),
            pairs.stream().map(p -> q.options().indexOf(p.right())).toList());
      }
      case ORDERING -> {
        List<String> order = ((Answer.Sequence) q.answer()).items();
        List<String> positions = new ArrayList<>();
        List<Integer> rights = new ArrayList<>();
        List<String> shown = q.options().isEmpty() ? order : q.options();
        for (int i = 0; i < order.size(); i++) {
          positions.add(labels.format("order.position", String.valueOf(i + 1)));
          rights.add(shown.indexOf(order.get(i)));
        }
        changes.add(new Changed(q.id(), "QTI 1.2 (Canvas classic quizzes) has no ordering type; exported as matching "
            + "of each position to its item"));
        matching(q, ident, HtmlText.paragraph(q.stem()), positions, shown, rights);
      }
    }
  }

  private void choice(Question q, String ident, String type, List<String> options, int right) throws XMLStreamException {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      ids.add(ident + "_c" + (i + 1));
    }
    start(q, ident, type, String.join(",", ids));
    x.open("presentation");
    material(HtmlText.paragraph(q.stem()));
    x.open("response_lid", "ident", "response1", "rcardinality", "Single");
    x.open("render_choice");
    for (int i = 0; i < options.size(); i++) {
      label(ids.get(i), options.get(i));
    }
    x.close().close().close();
    resprocessingStart();
    if (right >= 0) {
      x.open("respcondition", "continue", "No");
      x.open("conditionvar").leaf("varequal", ids.get(right), "respident", "response1").close();
      x.leaf("setvar", "100", "action", "Set", "varname", "SCORE");
      x.close();
    }
    end(q);
  }

  private void cloze(Question q, String ident) throws XMLStreamException {
    List<String> blanks = ((Answer.Blanks) q.answer()).texts();
    ClozeStem stem = ClozeStem.parse(q.stem());
    if (blanks.size() == 1 || stem.blanks() != blanks.size()) {
      if (stem.blanks() != blanks.size()) {
        changes.add(new Changed(q.id(), "the stem has " + stem.blanks() + " blanks for " + blanks.size()
            + " answers; exported as one short answer with the whole key"));
      }
      start(q, ident, "short_answer_question", "");
      x.open("presentation");
      material(HtmlText.paragraph(q.stem()));
      x.open("response_str", "ident", "response1", "rcardinality", "Single");
      x.open("render_fib").empty("response_label", "ident", "answer1", "rshuffle", "No").close();
      x.close().close();
      resprocessingStart();
      x.open("respcondition", "continue", "No");
      x.open("conditionvar").leaf("varequal", String.join(" ", blanks), "respident", "response1").close();
      x.leaf("setvar", "100", "action", "Set", "varname", "SCORE");
      x.close();
      end(q);
      return;
    }
    // Canvas: fill_in_multiple_blanks_question, each blank [name] in the text with one response_lid
    StringBuilder html = new StringBuilder("<p>");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < blanks.size(); i++) {
      String name = "blank" + (i + 1);
      names.add(name);
      html.append(HtmlText.escape(stem.segments().get(i))).append('[').append(name).append(']');
    }
    html.append(HtmlText.escape(stem.segments().get(blanks.size()))).append("</p>");
    List<String> answerIds = names.stream().map(n -> ident + "_" + n).toList();
    start(q, ident, "fill_in_multiple_blanks_question", String.join(",", answerIds));
    x.open("presentation");
    material(html.toString());
    for (int i = 0; i < blanks.size(); i++) {
      x.open("response_lid", "ident", "response_" + names.get(i));
      x.open("material").leaf("mattext", names.get(i)).close();
      x.open("render_choice");
      label(answerIds.get(i), blanks.get(i));
      x.close().close();
    }
    x.close();
    resprocessingStart();
    String share = share(blanks.size());
    for (int i = 0; i < blanks.size(); i++) {
      x.open("respcondition");
      x.open("conditionvar").leaf("varequal", answerIds.get(i), "respident", "response_" + names.get(i)).close();
      x.leaf("setvar", share, "varname", "SCORE", "action", "Add");
      x.close();
    }
    end(q);
  }

  /** Canvas matching: one response_lid per left item, each offering every right item. */
  private void matching(Question q, String ident, String html, List<String> lefts, List<String> rights, List<Integer> key)
      throws XMLStreamException {
    List<String> rightIds = new ArrayList<>();
    for (int i = 0; i < rights.size(); i++) {
      rightIds.add(ident + "_r" + (i + 1));
    }
    List<String> leftIds = new ArrayList<>();
    for (int i = 0; i < lefts.size(); i++) {
      leftIds.add(ident + "_l" + (i + 1));
    }
    start(q, ident, "matching_question", String.join(",", leftIds));
    x.open("presentation");
    material(html);
    for (int i = 0; i < lefts.size(); i++) {
      x.open("response_lid", "ident", "response_" + leftIds.get(i));
      x.open("material").leaf("mattext", lefts.get(i), "texttype", "text/plain").close();
      x.open("render_choice");
      for (int j = 0; j < rights.size(); j++) {
        label(rightIds.get(j), rights.get(j));
      }
      x.close().close();
    }
    x.close();
    resprocessingStart();
    String share = share(lefts.size());
    for (int i = 0; i < lefts.size(); i++) {
      int r = key.get(i);
      if (r < 0) {
        changes.add(new Changed(q.id(), "\"" + lefts.get(i) + "\" has no match among the options; it scores nothing"));
        continue;
      }
      x.open("respcondition");
      x.open("conditionvar").leaf("varequal", rightIds.get(r), "respident", "response_" + leftIds.get(i)).close();
      x.leaf("setvar", share, "varname", "SCORE", "action", "Add");
      x.close();
    }
    end(q);
  }

  private void start(Question q, String ident, String type, String answerIds) throws XMLStreamException {
    x.open("item", "ident", ident, "title", q.id());
    x.open("itemmetadata").open("qtimetadata");
    field("question_type", type);
    field("points_possible", String.valueOf(points));
    field("original_answer_ids", answerIds);
    field("assessment_question_identifierref", ident + "_ref");
    x.close().close();
  }

  private void field(String label, String entry) throws XMLStreamException {
    x.open("qtimetadatafield").leaf("fieldlabel", label).leaf("fieldentry", entry).close();
  }

  private void material(String html) throws XMLStreamException {
    x.open("material").leaf("mattext", html, "texttype", "text/html").close();
  }

  private void label(String ident, String text) throws XMLStreamException {
    x.open("response_label", "ident", ident);
    x.open("material").leaf("mattext", text, "texttype", "text/plain").close();
    x.close();
  }

  private void resprocessingStart() throws XMLStreamException {
    x.open("resprocessing");
    x.open("outcomes").empty("decvar", "maxvalue", "100", "minvalue", "0", "varname", "SCORE", "vartype", "Decimal").close();
    x.open("respcondition", "continue", "Yes");
    x.open("conditionvar").empty("other").close();
    x.empty("displayfeedback", "feedbacktype", "Response", "linkrefid", "general_fb");
    x.close();
  }

  private void end(Question q) throws XMLStreamException {
    x.close(); // resprocessing
    x.open("itemfeedback", "ident", "general_fb");
    x.open("flow_mat");
    material(FeedbackText.of(q, labels).html());
    x.close().close();
    x.close(); // item
  }

  /** Each of n parts' share of 100, to two decimals. */
  private static String share(int n) {
    return String.format(Locale.ROOT, "%.2f", 100.0 / n);
  }
}
