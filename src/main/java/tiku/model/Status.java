package tiku.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A question's review state; only {@code NEW} questions may be replaced by regeneration. */
public enum Status {
  NEW,
  APPROVED,
  REJECTED,
  EDITED;

  @JsonValue
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  @JsonCreator
  public static Status fromId(String id) {
    for (Status s : values()) {
      if (s.id().equals(id)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown status '" + id + "' (new, approved, rejected, edited)");
  }
}
