package tiku.render.html;

import java.util.List;
import tiku.model.ClozeStem;
import tiku.model.Language;
import tiku.model.Pillar;
import tiku.model.Question;
import tiku.model.QuestionBank;
import tiku.render.Labels;

/**
 * What the page template prints for one question: its text and choices, never its answer (the
 * answer stays in the {@link QuestionKey}, shown only after the student answers).
 *
 * @param number the question's number in the page, from 1
 * @param pillar the pillar filter value: the pillar number, or "none"
 * @param segments a cloze stem's text around its blanks (empty for other types)
 * @param options the choices (multiple choice), right-hand items (matching) or items (ordering)
 * @param lefts the matching left items
 * @param lang the document language when it differs from the labels' language, else null
 */
public record QuestionView(
    String id,
    int number,
    String type,
    String typeLabel,
    String difficulty,
    String difficultyLabel,
    String pillar,
    String stem,
    List<String> segments,
    List<String> options,
    List<String> lefts,
    String lang) {
  public QuestionView {
    segments = List.copyOf(segments);
    options = List.copyOf(options);
    lefts = List.copyOf(lefts);
  }

  /** The value of the pillar filter for questions outside every pillar. */
  static final String NO_PILLAR = "none";

  static QuestionView of(SelfTestShuffle.Shown shown, int number, QuestionBank bank, Labels labels) {
    Question q = shown.question();
    List<String> segments = switch (q.type()) {
      case CLOZE -> ClozeStem.parse(q.stem()).segments();
      default -> List.of();
    };
    Language docLang = bank.source().language();
    return new QuestionView(
        q.id(),
        number,
        q.type().id(),
        labels.type(q.type()),
        q.difficulty().id(),
        labels.difficulty(q.difficulty()),
        q.pillar() == null ? NO_PILLAR : String.valueOf(q.pillar()),
        q.stem(),
        segments,
        shown.options(),
        shown.lefts(),
        docLang == labels.language() ? null : docLang.tag());
  }

  /** "一、加強政治…" or "1. Defence": a pillar as the filter menu names it. */
  static String pillarName(Pillar p) {
    String label = p.label() == null ? String.valueOf(p.number()) : p.label();
    if (p.heading() == null || p.heading().isBlank()) {
      return label;
    }
    // Chinese pillar labels are numerals that take "、"; others read as "1. Heading"
    boolean cjk = label.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    return label + (cjk ? "、" : ". ") + p.heading();
  }
}
