package tiku.generate;

import tiku.model.Answer;
import tiku.model.Difficulty;

/**
 * The difficulty rule (README documents it): the question type sets a base, the closeness of the
 * nearest distractor and the salience of the fact (times mentioned) move it.
 *
 * <ul>
 *   <li>true/false: easy; medium when the swapped fact is close to the true one;
 *   <li>multiple choice: close distractor → hard; near → medium; far → easy when the fact is
 *       mentioned at least twice, else medium;
 *   <li>cloze (no word bank): hard; medium when the missing term is mentioned three times or more;
 *   <li>matching: medium; hard with five or more pairs or close right-hand items;
 *   <li>ordering: hard.
 * </ul>
 */
final class DifficultyRater {
  private DifficultyRater() {}

  static Difficulty rate(Draft d) {
    return switch (d.type()) {
      case TRUE_FALSE -> d.closeness() == Closeness.CLOSE ? Difficulty.MEDIUM : Difficulty.EASY;
      case MULTIPLE_CHOICE -> switch (d.closeness()) {
        case CLOSE -> Difficulty.HARD;
        case NEAR -> Difficulty.MEDIUM;
        case FAR -> d.salience() >= 2 ? Difficulty.EASY : Difficulty.MEDIUM;
      };
      case CLOZE -> d.salience() >= 3 ? Difficulty.MEDIUM : Difficulty.HARD;
      case MATCHING -> {
        int pairs = ((Answer.Pairs) d.answer()).pairs().size();
        yield pairs >= 5 || d.closeness() == Closeness.CLOSE ? Difficulty.HARD : Difficulty.MEDIUM;
      }
      case ORDERING -> Difficulty.HARD;
    };
  }
}
