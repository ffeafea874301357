package tiku.render.anki;

import java.util.List;

/**
 * The three kinds of Anki note Tiku writes. The CSV names Anki's stock note types (every collection
 * has them); the .apkg carries its own copies under a "Tiku" name so it never clashes with the
 * user's stock types, which have other ids in every collection.
 */
public enum AnkiNoteType {
  BASIC("Basic", "Tiku Basic", "basic", false, List.of("Front", "Back")),
  CLOZE("Cloze", "Tiku Cloze", "cloze", true, List.of("Text", "Back Extra")),
  REVERSE("Basic (and reversed card)", "Tiku Basic (and reversed card)", "reverse", false, List.of("Front", "Back"));

  private final String stockName;
  private final String packageName;
  private final String fileSuffix;
  private final boolean cloze;
  private final List<String> fields;

  AnkiNoteType(String stockName, String packageName, String fileSuffix, boolean cloze, List<String> fields) {
    this.stockName = stockName;
    this.packageName = packageName;
    this.fileSuffix = fileSuffix;
    this.cloze = cloze;
    this.fields = fields;
  }

  /** The name of Anki's built-in note type of this shape, as a CSV file names it. */
  public String stockName() {
    return stockName;
  }

  /** The name of this note type inside a Tiku .apkg. */
  public String packageName() {
    return packageName;
  }

  /** The part of the per-note-type CSV file name after {@code -anki-}. */
  public String fileSuffix() {
    return fileSuffix;
  }

  public boolean isCloze() {
    return cloze;
  }

  public List<String> fields() {
    return fields;
  }

  /** How many cards a note of this type gets from its templates (cloze: one per cloze number). */
  public int templateCount() {
    return this == REVERSE ? 2 : 1;
  }
}
