package tiku.select;

import java.util.List;
import tiku.model.Difficulty;
import tiku.model.QuestionType;
import tiku.model.Status;

/**
 * Which questions to take: each list is OR within itself and AND with the others; an empty list
 * means "any". Rejected questions are never taken.
 *
 * @param pillars pillar numbers or heading text (matched by containment)
 * @param count at most this many (null: all), sampled with the seed
 */
public record Selection(
    List<String> pillars,
    List<Difficulty> difficulties,
    List<QuestionType> types,
    List<Status> statuses,
    Integer count,
    long seed) {
  public Selection {
    pillars = List.copyOf(pillars);
    difficulties = List.copyOf(difficulties);
    types = List.copyOf(types);
    statuses = List.copyOf(statuses);
  }

  public static Selection all() {
    return new Selection(List.of(), List.of(), List.of(), List.of(), null, 1L);
  }

  public boolean isEmpty() {
    return pillars.isEmpty() && difficulties.isEmpty() && types.isEmpty() && statuses.isEmpty() && count == null;
  }
}
