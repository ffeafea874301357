package tiku.render.anki;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tiku.io.SafeNames;
import tiku.model.Question;

/**
 * A question's Anki tags: {@code pillar::2}, {@code difficulty::hard}, {@code type::cloze},
 * {@code deck::<slug>} and the question's own tags. Anki separates tags with spaces, so any
 * whitespace inside a tag becomes {@code _}.
 */
public final class AnkiTags {
  private AnkiTags() {}

  public static List<String> of(Question q, String deckKey) {
    Set<String> tags = new LinkedHashSet<>();
    if (q.pillar() != null) {
      tags.add("pillar::" + q.pillar());
    }
    if (q.difficulty() != null) {
      tags.add("difficulty::" + q.difficulty().id());
    }
    tags.add("type::" + q.type().id());
    tags.add("deck::" + SafeNames.slug(deckKey));
    for (String t : q.tags()) {
      String clean = clean(t);
      if (!clean.isEmpty()) {
        tags.add(clean);
      }
    }
    return new ArrayList<>(tags);
  }

  /** One tag with no whitespace or control characters. */
  static String clean(String tag) {
    if (tag == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    tag.strip().codePoints().forEach(cp -> sb.appendCodePoint(Character.isWhitespace(cp) || Character.isISOControl(cp) || Character.isSpaceChar(cp) ? '_' : cp));
    return sb.toString();
  }
}
