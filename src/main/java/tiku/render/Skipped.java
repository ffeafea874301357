package tiku.render;

import java.util.Objects;

/**
 * A question that an output format cannot hold, and why: renderers report these instead of
 * dropping questions silently.
 *
 * @param questionId the question's stable id
 * @param reason one sentence a teacher can act on ("GIFT has no ordering question; use moodle-xml")
 */
public record Skipped(String questionId, String reason) {
  public Skipped {
    Objects.requireNonNull(questionId, "questionId");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * One line for the terminal in the form every export uses ({@code format: id: what happened}),
   * e.g. {@code gift: q-12: left out: GIFT has no ordering question}.
   */
  public String message(String format) {
    return format + ": " + questionId + ": left out: " + reason;
  }
}
