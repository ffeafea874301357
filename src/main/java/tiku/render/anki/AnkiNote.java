package tiku.render.anki;

import java.util.List;

/**
 * One Anki note as both Anki renderers write it.
 *
 * @param guid stable across regenerations (see {@link AnkiGuid})
 * @param fields HTML, one per field of {@code type}
 * @param tags Anki tags, none containing whitespace
 * @param cards how many cards the note makes (templates, or cloze numbers for a cloze note)
 */
public record AnkiNote(AnkiNoteType type, String guid, List<String> fields, List<String> tags, String deck, int cards) {
  public AnkiNote {
    fields = List.copyOf(fields);
    tags = List.copyOf(tags);
    if (fields.size() != type.fields().size()) {
      throw new IllegalArgumentException(type + " needs " + type.fields().size() + " fields, got " + fields.size());
    }
    for (String t : tags) {
      if (t.isEmpty() || t.codePoints().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException("bad Anki tag '" + t + "'");
      }
    }
  }
}
