package tiku.render.gift;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tiku.model.Question;
import tiku.render.SingleLine;

/**
 * The comment line Moodle reads a question's idnumber and tags from:
 * {@code // [id:q-1] [tag:family::year] [tag:type::multiple_choice] …}.
 */
final class GiftTags {
  private GiftTags() {}

  /** The bank's tags, then type, difficulty and pillar, each once, in that order. */
  static List<String> of(Question q) {
    Set<String> tags = new LinkedHashSet<>();
    for (String t : q.tags()) {
      String clean = clean(t);
      if (!clean.isEmpty()) {
        tags.add(clean);
      }
    }
    tags.add("type::" + q.type().id());
    if (q.difficulty() != null) {
      tags.add("difficulty::" + q.difficulty().id());
    }
    if (q.pillar() != null) {
      tags.add("pillar::" + q.pillar());
    }
    return new ArrayList<>(tags);
  }

  static String commentLine(Question q) {
    StringBuilder sb = new StringBuilder("// [id:").append(clean(q.id())).append(']');
    for (String t : of(q)) {
      sb.append(" [tag:").append(t).append(']');
    }
    return sb.toString();
  }

  /**
   * Moodle's tag pattern refuses control characters, {@code < > `} and an unescaped {@code ]}; other
   * GIFT readers stop a tag at the first {@code ]} even when escaped, so these characters are left
   * out rather than escaped.
   */
  static String clean(String tag) {
    return SingleLine.of(tag.replaceAll("[\\]\\[<>`]", " "));
  }
}
