package tiku.render.quizlet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tiku.model.Answer;
import tiku.model.Question;
import tiku.render.Labels;
import tiku.render.SingleLine;

/**
 * Turns a question into flashcards that are worth flipping: the question on the front and the
 * answer with its source on the back; each matching pair its own card (acronym ↔ full name,
 * person ↔ role, with the source when the quote holds that pair); a cloze sentence ↔ its missing words; a year question ↔ the year.
 */
final class QuizletCards {
  private final Labels labels;

  QuizletCards(Labels labels) {
    this.labels = labels;
  }

  List<QuizletCard> of(Question q) {
    String source = ShortSource.of(q.source(), labels);
    List<QuizletCard> cards = new ArrayList<>();
    switch (q.type()) {
      case MULTIPLE_CHOICE -> {
        // recall beats recognition, so the options stay off the card unless the stem points at them
        String term = pointsAtOptions(q.stem()) ? q.stem() + " " + optionList(q.options()) : q.stem();
        cards.add(card(q, term, ((Answer.Choice) q.answer()).option(), source));
      }
      case TRUE_FALSE -> {
        String word = labels.get(((Answer.Truth) q.answer()).value() ? "true.word" : "false.word");
        String back = q.explanation() == null || q.explanation().isBlank()
            ? word : labels.format("card.truth", word, q.explanation().strip());
        cards.add(card(q, q.stem(), back, source));
      }
      case CLOZE -> cards.add(card(q, q.stem(), q.answer().display(), source));
      case MATCHING -> {
        for (Answer.Pair p : ((Answer.Pairs) q.answer()).pairs()) {
          // a matching question may gather pairs from several clauses but cites one: a card names
          // that source only when the quote holds its pair, rather than point a pupil to the wrong clause
          cards.add(card(q, p.left(), p.right(), supports(q, p) ? source : ""));
        }
      }
      case ORDERING -> {
        List<String> right = ((Answer.Sequence) q.answer()).items();
        cards.add(card(q, q.stem() + " " + String.join(labels.get("card.list"), q.options()), String.join(" → ", right), source));
      }
    }
    return cards;
  }

  private QuizletCard card(Question q, String term, String answer, String source) {
    String back = source.isEmpty() ? answer : labels.format("card.definition", answer.strip(), source);
    return new QuizletCard(q.id(), SingleLine.of(term), SingleLine.of(back));
  }

  /** Whether the question's quote holds the pair: its left item (without a closing "……") or its right. */
  static boolean supports(Question q, Answer.Pair p) {
    if (q.source() == null || q.source().quote() == null) {
      return false;
    }
    String quote = q.source().quote();
    String left = p.left().strip().replaceAll("(……|…|\\.\\.\\.)$", "").strip();
    return (!left.isEmpty() && quote.contains(left)) || quote.contains(p.right().strip());
  }

  /** "下列哪一項…", "Which of the following…": the question cannot be answered without its options. */
  static boolean pointsAtOptions(String stem) {
    String s = stem.toLowerCase(Locale.ROOT);
    return s.contains("下列") || s.contains("以下") || s.contains("下面") || s.contains("following") || s.contains("below");
  }

  private String optionList(List<String> options) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      parts.add("(" + (char) ('A' + i) + ") " + options.get(i));
    }
    return String.join(" ", parts);
  }
}
