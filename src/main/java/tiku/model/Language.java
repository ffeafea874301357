package tiku.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The language a document is written in, as a BCP 47 tag. */
public enum Language {
  ZH_HANT("zh-Hant"),
  ZH_HANS("zh-Hans"),
  EN("en");

  private final String tag;

  Language(String tag) {
    this.tag = tag;
  }

  @JsonValue
  public String tag() {
    return tag;
  }

  public boolean isChinese() {
    return this != EN;
  }

  @JsonCreator
  public static Language fromTag(String tag) {
    for (Language l : values()) {
      if (l.tag.equalsIgnoreCase(tag)) {
        return l;
      }
    }
    throw new IllegalArgumentException("unknown language '" + tag + "' (zh-Hant, zh-Hans or en)");
  }
}
