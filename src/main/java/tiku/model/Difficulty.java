package tiku.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How hard a question is; README documents the rule that assigns it. */
public enum Difficulty {
  EASY,
  MEDIUM,
  HARD;

  @JsonValue
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  @JsonCreator
  public static Difficulty fromId(String id) {
    for (Difficulty d : values()) {
      if (d.id().equals(id)) {
        return d;
      }
    }
    throw new IllegalArgumentException("unknown difficulty '" + id + "' (easy, medium, hard)");
  }
}
