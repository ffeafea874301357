package tiku.render.gift;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tiku.model.Question;
import tiku.render.SingleLine;

/**
 * The comment line Moodle reads a question's idnumber and tags from:
 * {@code // [id:q-1] [tag:multiple_choice] [tag:medium] [tag:pillar-2] [tag:family::year]}.
 */
final class GiftTags {
  private GiftTags() {}

  /**
   * Type, difficulty and pillar ({@code pillar-2}), then the bank's own tags, each once: the same
   * tags the Moodle XML export gives, so both imports file a question alike.
   */
  static List<String> of(Question q) {
    Set<String> tags = new LinkedHashSet<>();
    tags.add(q.type().id());
    if (q.difficulty() != null) {
      tags.add(q.difficulty().id());
    }
    if (q.pillar() != null) {
      tags.add("pillar-" + q.pillar());
    }
    for (String t : q.tags()) {
      String clean = clean(t);
      if (!clean.isEmpty()) {
        tags.add(clean);
      }
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
