package tiku.render.gift;

import java.util.ArrayList;
import java.util.List;
import tiku.model.Question;
import tiku.model.QuestionBank;
import tiku.render.Labels;
import tiku.render.SingleLine;

/**
 * The Moodle question-bank category a question goes into: {@code $course$/top/<deck>/<pillar>},
 * or {@code $course$/top/<deck>} for a question outside the pillars.
 */
final class GiftCategory {
  private GiftCategory() {}

  static String path(QuestionBank bank, Question q, Labels labels) {
    List<String> names = new ArrayList<>(List.of("$course$", "top", bank.deck()));
    bank.pillar(q.pillar())
        .ifPresent(p -> names.add(labels.format("category.pillar", p.label(), p.heading())));
    return assemble(names);
  }

  /**
   * Joins category names as Moodle's {@code qformat_default::assemble_category_path} does: a
   * slash inside a name is doubled, and a name that starts or ends with one gets a space there so
   * the doubled slash is not read as a separator.
   */
  static String assemble(List<String> names) {
    List<String> escaped = new ArrayList<>(names.size());
    for (String name : names) {
      // the whole path is one line of the file; Moodle does not unescape category lines
      String e = SingleLine.of(name).replace("/", "//");
      if (e.startsWith("/")) {
        e = " " + e;
      }
      if (e.endsWith("/")) {
        e = e + " ";
      }
      escaped.add(e);
    }
    return String.join("/", escaped);
  }
}
