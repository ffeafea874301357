package tiku.render;

import java.util.Objects;

/**
 * A question that an output format took only after changing it (ordering written as matching, a
 * cloze whose blanks do not match its key, …): renderers report these so nothing changes silently.
 * Questions left out altogether are {@link Skipped}.
 *
 * @param questionId the question's stable id
 * @param change what happened to it, one sentence a teacher can act on
 */
public record Changed(String questionId, String change) {
  public Changed {
    Objects.requireNonNull(questionId, "questionId");
    Objects.requireNonNull(change, "change");
  }

  /** {@code id: what happened}, the message without the format. */
  public String line() {
    return questionId + ": " + change;
  }

  /** One line for the terminal in the form every export uses ({@code format: id: what happened}). */
  public String message(String format) {
    return format + ": " + line();
  }
}
