package tiku.model;

import java.util.List;

/**
 * One question of a bank.
 *
 * @param id stable: the same document gives the same id
 * @param family what the question asks about (pillar, agreement, year, acronym, role, quantity,
 *     term, chronology): the generator's rule that made it
 * @param options the choices shown (multiple choice, true/false), the right-hand items (matching,
 *     possibly with extra distractors) or the shuffled items (ordering); empty for cloze
 * @param pillar the section number the question belongs to, or null
 */
public record Question(
    String id,
    QuestionType type,
    String family,
    String stem,
    List<String> options,
    Answer answer,
    String explanation,
    Difficulty difficulty,
    Integer pillar,
    List<String> tags,
    Status status,
    QuestionSource source) {
  public Question {
    options = List.copyOf(options);
    tags = List.copyOf(tags);
  }

  public Question withStatus(Status newStatus) {
    return new Question(
        id, type, family, stem, options, answer, explanation, difficulty, pillar, tags, newStatus, source);
  }
}
