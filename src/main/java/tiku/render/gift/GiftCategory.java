package tiku.render.gift;

import tiku.model.Question;
import tiku.model.QuestionBank;
import tiku.render.Labels;
import tiku.render.SingleLine;
import tiku.render.moodle.MoodleCategoryPath;

/**
 * The Moodle question-bank category a question goes into, the same as the Moodle XML export's:
 * {@code $course$/top/<deck>/<pillar>}, and {@code …/<deck>/其他} ("Other") outside the pillars.
 */
final class GiftCategory {
  private GiftCategory() {}

  /** The path for a {@code $CATEGORY:} line; Moodle does not unescape that line, so it is one line of plain text. */
  static String path(QuestionBank bank, Question q, Labels labels) {
    String pillar =
        q.pillar() == null
            ? labels.get("category.other")
            : bank.pillar(q.pillar())
                .map(p -> labels.format("category.pillar", p.label(), p.heading()))
                .orElse(labels.get("pillar") + " " + q.pillar());
    return MoodleCategoryPath.inCourse(SingleLine.of(bank.deck()), SingleLine.of(pillar));
  }
}
