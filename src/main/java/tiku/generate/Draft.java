package tiku.generate;

import java.util.List;
import tiku.model.Answer;
import tiku.model.QuestionSource;
import tiku.model.QuestionType;

/**
 * A question before it gets its id, difficulty and tags.
 *
 * @param identity what the question asks about, independent of wording and position (the key
 *     fact): two drafts with the same family and identity ask the same thing
 * @param closeness how close the nearest distractor is to the key (feeds the difficulty rule)
 * @param salience how many times the key fact is mentioned in the document
 */
record Draft(
    String family,
    String identity,
    QuestionType type,
    String stem,
    List<String> options,
    Answer answer,
    String explanation,
    Integer pillar,
    QuestionSource source,
    Closeness closeness,
    int salience) {
  Draft {
    options = List.copyOf(options);
  }
}
