package tiku.render.moodle;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import tiku.model.Answer;
import tiku.model.ClozeStem;
import tiku.model.Question;
import tiku.render.Changed;
import tiku.render.Labels;
import tiku.render.lms.FeedbackText;
import tiku.render.lms.HtmlText;
import tiku.render.lms.QuestionTags;
import tiku.render.lms.QuestionTitle;
import tiku.render.lms.XmlOut;

/**
 * Writes one question as a Moodle XML {@code <question>} element, with the element names and order
 * of Moodle's own exporter (question/format/xml/format.php) and of qtype_ordering.
 */
final class MoodleQuestionWriter {
  private static final String HTML = "html";

  private final XmlOut x;
  private final Labels labels;
  private final int points;
  private final List<Changed> changes;

  MoodleQuestionWriter(XmlOut x, Labels labels, int points, List<Changed> changes) {
    this.x = x;
    this.labels = labels;
    this.points = points;
    this.changes = changes;
  }

  void write(Question q) throws XMLStreamException {
    switch (q.type()) {
      case TRUE_FALSE -> trueFalse(q);
      case MULTIPLE_CHOICE -> multipleChoice(q);
      case CLOZE -> cloze(q);
      case MATCHING -> matching(q);
      case ORDERING -> ordering(q);
    }
  }

  private void trueFalse(Question q) throws XMLStreamException {
    boolean truth = ((Answer.Truth) q.answer()).value();
    header(q, "truefalse", HtmlText.paragraph(q.stem()), true, "1");
    // Moodle reads the answers by their text "true" / "false", whatever the quiz language
    answer(truth ? 100 : 0, "moodle_auto_format", "true");
    answer(truth ? 0 : 100, "moodle_auto_format", "false");
    footer(q);
  }

  private void multipleChoice(Question q) throws XMLStreamException {
    String key = ((Answer.Choice) q.answer()).option();
    if (!q.options().contains(key)) {
      changes.add(new Changed(q.id(), "the key is not among the options; no option is marked right"));
    }
    header(q, "multichoice", HtmlText.paragraph(q.stem()), true, "0.3333333");
    x.leaf("single", "true");
    x.leaf("shuffleanswers", "true");
    x.leaf("answernumbering", "abc");
    x.leaf("showstandardinstruction", "0");
    combinedFeedback(false);
    for (String option : q.options()) {
      answer(option.equals(key) ? 100 : 0, HTML, HtmlText.escape(option));
    }
    footer(q);
  }

  private void cloze(Question q) throws XMLStreamException {
    List<String> blanks = ((Answer.Blanks) q.answer()).texts();
    ClozeStem stem = ClozeStem.parse(q.stem());
    if (stem.blanks() != blanks.size()) {
      changes.add(new Changed(q.id(), "the stem has " + stem.blanks() + " blanks for " + blanks.size()
          + " answers; exported as a short answer with the whole key"));
      shortAnswer(q, String.join(" ", blanks));
    } else if (blanks.size() == 1) {
      shortAnswer(q, blanks.get(0));
    } else {
      for (String b : blanks) {
        if (MoodleClozeText.changesOnImport(b)) {
          changes.add(new Changed(q.id(), "Moodle reads a backslash before } or # in a cloze answer as an escape; "
              + "the answer \"" + b + "\" will lose that backslash"));
        }
      }
      header(q, "cloze", MoodleClozeText.questionText(stem.segments(), blanks), false, "0.3333333");
      footer(q);
    }
  }

  private void shortAnswer(Question q, String key) throws XMLStreamException {
    header(q, "shortanswer", HtmlText.paragraph(q.stem()), true, "0.3333333");
    x.leaf("usecase", "0");
    answer(100, "moodle_auto_format", ShortAnswerText.pattern(key));
    footer(q);
  }

  private void matching(Question q) throws XMLStreamException {
    List<Answer.Pair> pairs = ((Answer.Pairs) q.answer()).pairs();
    List<String> extra = new ArrayList<>(q.options());
    for (Answer.Pair p : pairs) {
      extra.remove(p.right());
    }
    if (pairs.size() < 2 || pairs.size() + extra.size() < 3) {
      changes.add(new Changed(q.id(), "Moodle needs at least 2 pairs and 3 answers for a matching question; "
          + "it will refuse this one on import"));
    }
    header(q, "matching", HtmlText.paragraph(q.stem()), true, "0.3333333");
    x.leaf("shuffleanswers", "true");
    combinedFeedback(false);
    for (Answer.Pair p : pairs) {
      subquestion(HtmlText.escape(p.left()), p.right());
    }
    // Moodle's way to add a distractor: a subquestion with no question text
    for (String distractor : extra) {
      subquestion("", distractor);
    }
    footer(q);
  }

  private void subquestion(String html, String answer) throws XMLStreamException {
    x.open("subquestion", "format", HTML);
    x.cdataLeaf("text", html);
    x.open("answer");
    x.cdataLeaf("text", answer);
    x.close();
    x.close();
  }

  private void ordering(Question q) throws XMLStreamException {
    List<String> items = ((Answer.Sequence) q.answer()).items();
    header(q, "ordering", HtmlText.paragraph(q.stem()), true, "0.3333333");
    x.leaf("layouttype", "VERTICAL");
    x.leaf("selecttype", "ALL");
    x.leaf("selectcount", String.valueOf(items.size()));
    x.leaf("gradingtype", "ABSOLUTE_POSITION");
    x.leaf("showgrading", "SHOW");
    x.leaf("numberingstyle", "none");
    // some Moodle versions fail to import an ordering question without <shownumcorrect>
    combinedFeedback(true);
    for (int i = 0; i < items.size(); i++) {
      x.open("answer", "fraction", String.valueOf(i + 1), "format", HTML);
      x.cdataLeaf("text", HtmlText.escape(items.get(i)));
      x.close();
    }
    footer(q);
  }

  private void header(Question q, String type, String questionHtml, boolean grade, String penalty)
      throws XMLStreamException {
    x.open("question", "type", type);
    x.open("name");
    x.cdataLeaf("text", QuestionTitle.of(q));
    x.close();
    x.open("questiontext", "format", HTML);
    x.cdataLeaf("text", questionHtml);
    x.close();
    x.open("generalfeedback", "format", HTML);
    x.cdataLeaf("text", FeedbackText.of(q, labels).html());
    x.close();
    if (grade) {
      x.leaf("defaultgrade", String.valueOf(points));
    }
    x.leaf("penalty", penalty);
    x.leaf("hidden", "0");
    x.leaf("idnumber", q.id());
  }

  private void footer(Question q) throws XMLStreamException {
    x.open("tags");
    for (String tag : QuestionTags.of(q, String::strip)) {
      x.open("tag");
      x.cdataLeaf("text", tag);
      x.close();
    }
    x.close();
    x.close();
  }

  private void answer(int fraction, String format, String text) throws XMLStreamException {
    x.open("answer", "fraction", String.valueOf(fraction), "format", format);
    x.cdataLeaf("text", text);
    x.open("feedback", "format", HTML);
    x.empty("text");
    x.close();
    x.close();
  }

  private void combinedFeedback(boolean numbered) throws XMLStreamException {
    for (String field : List.of("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback")) {
      x.open(field, "format", HTML);
      x.empty("text");
      x.close();
    }
    if (numbered) {
      x.leaf("shownumcorrect", "1");
    } else {
      x.empty("shownumcorrect");
    }
  }
}
