package tiku.render.kahoot;

import java.util.List;
import tiku.model.Language;

/**
 * Chooses a question's time limit from how long it takes to read: the question and its answers
 * at a pupil's reading pace, plus time to think and tap, rounded up to a limit Kahoot offers.
 */
final class KahootTimeLimit {
  /** Characters a pupil reads per second: about 360 漢字 or 180 English words a minute. */
  private static final double CHINESE_PER_SECOND = 6;

  private static final double ENGLISH_PER_SECOND = 15;

  /** Time to choose and tap after reading. */
  private static final double THINKING = 5;

  /** Below this a question becomes a reflex test rather than a recall test. */
  private static final int MINIMUM = 10;

  private KahootTimeLimit() {}

  static int choose(String question, List<String> answers, Language language) {
    int chars = KahootLimits.length(question);
    for (String a : answers) {
      chars += KahootLimits.length(a);
    }
    double rate = language.isChinese() ? CHINESE_PER_SECOND : ENGLISH_PER_SECOND;
    double needed = Math.max(MINIMUM, THINKING + chars / rate);
    for (int limit : KahootLimits.TIME_LIMITS) {
      if (limit >= needed) {
        return limit;
      }
    }
    return KahootLimits.TIME_LIMITS.get(KahootLimits.TIME_LIMITS.size() - 1);
  }
}
