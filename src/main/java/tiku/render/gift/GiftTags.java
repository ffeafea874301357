package tiku.render.gift;

import java.util.List;
import tiku.model.Question;
import tiku.render.SingleLine;
import tiku.render.lms.QuestionTags;

/**
 * The comment line Moodle reads a question's idnumber and tags from:
 * {@code // [id:q-1] [tag:multiple_choice] [tag:medium] [tag:pillar-2] [tag:family::year]}.
 */
final class GiftTags {
  private GiftTags() {}

  /** The tags every platform export gives ({@link QuestionTags}), cleaned for GIFT's tag syntax. */
  static List<String> of(Question q) {
    return QuestionTags.of(q, GiftTags::clean);
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
