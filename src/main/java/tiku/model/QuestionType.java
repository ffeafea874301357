package tiku.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The five kinds of question, in the order worksheets print them. */
public enum QuestionType {
  TRUE_FALSE("true_false"),
  MULTIPLE_CHOICE("multiple_choice"),
  CLOZE("cloze"),
  MATCHING("matching"),
  ORDERING("ordering");

  private final String id;

  QuestionType(String id) {
    this.id = id;
  }

  @JsonValue
  public String id() {
    return id;
  }

  @JsonCreator
  public static QuestionType fromId(String id) {
    for (QuestionType t : values()) {
      if (t.id.equals(id) || t.id.replace('_', '-').equals(id)) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "unknown question type '" + id + "' (true_false, multiple_choice, cloze, matching, ordering)");
  }
}
