package tiku.model;

import java.util.List;
import java.util.Optional;

/** A deck's questions and what they were generated from. */
public record QuestionBank(int schema, String deck, BankSource source, List<Question> questions) {
  /** The bank.json schema version this build reads and writes. */
  public static final int SCHEMA = 1;

  public QuestionBank {
    questions = List.copyOf(questions);
  }

  public Optional<Pillar> pillar(Integer number) {
    if (number == null) {
      return Optional.empty();
    }
    return source.pillars().stream().filter(p -> p.number() == number).findFirst();
  }

  public QuestionBank withQuestions(List<Question> newQuestions) {
    return new QuestionBank(schema, deck, source, newQuestions);
  }
}
