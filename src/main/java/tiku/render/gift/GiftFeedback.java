package tiku.render.gift;

import tiku.model.Question;
import tiku.render.Labels;

/** A question's general feedback: its explanation, then where the answer stands in the document. */
final class GiftFeedback {
  private GiftFeedback() {}

  /** The explanation and, on its own line, "出處：第5條「…」" / "Source: Clause 5: “…”". */
  static String of(Question q, Labels labels) {
    StringBuilder sb = new StringBuilder();
    if (q.explanation() != null && !q.explanation().isBlank()) {
      sb.append(q.explanation().strip());
    }
    if (q.source() != null) {
      String quote = q.source().quote() == null ? "" : q.source().quote().strip();
      String where =
          quote.isEmpty()
              ? labels.format("feedback.source", labels.get("source"), labels.clause(q.source()))
              : labels.format("feedback.source.quote", labels.get("source"), labels.clause(q.source()), quote);
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(where);
    }
    return sb.toString();
  }
}
