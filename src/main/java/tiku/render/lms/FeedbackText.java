package tiku.render.lms;

import tiku.model.Question;
import tiku.model.QuestionSource;
import tiku.render.Labels;

/**
 * The feedback every platform shows after a question: the explanation and one line saying where
 * the answer stands in the document (the clause label and the exact quote). Plain text.
 *
 * @param explanation the question's explanation, or "" when it has none
 * @param source e.g. 「出處：第25條「雙方同意……」」 or "Source: Clause 3 “…”"
 */
public record FeedbackText(String explanation, String source) {
  public static FeedbackText of(Question q, Labels labels) {
    String explanation = q.explanation() == null ? "" : q.explanation().strip();
    QuestionSource src = q.source();
    String clause = labels.clause(src);
    String quote = src == null || src.quote() == null ? "" : src.quote().strip();
    String line =
        quote.isEmpty()
            ? labels.format("feedback.source.noquote", labels.get("source"), clause)
            : labels.format("feedback.source", labels.get("source"), clause, quote);
    return new FeedbackText(explanation, line);
  }

  /** Both parts, as plain text on two lines. */
  public String plain() {
    return explanation.isEmpty() ? source : explanation + "\n" + source;
  }

  /** Both parts as HTML paragraphs, each escaped (for platforms that take an HTML string). */
  public String html() {
    return explanation.isEmpty() ? HtmlText.paragraph(source) : HtmlText.paragraph(explanation) + HtmlText.paragraph(source);
  }
}
