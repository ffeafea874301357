package tiku.render.gift;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tiku.model.Answer;
import tiku.model.ClozeStem;
import tiku.model.Question;
import tiku.render.Labels;
import tiku.render.SingleLine;
import tiku.render.lms.FeedbackText;
import tiku.render.lms.QuestionTitle;

/**
 * Writes one question as a GIFT block in the layout of Moodle's own exporter
 * ({@code qformat_gift::writequestion}): the tag comment, {@code ::name::} (id and start of the
 * stem), the {@code [plain]}
 * question text and the answer block, general feedback last before the closing brace.
 */
final class GiftQuestionWriter {
  private final Labels labels;

  GiftQuestionWriter(Labels labels) {
    this.labels = labels;
  }

  /** Why GIFT cannot hold {@code q}, or empty when it can. */
  Optional<String> whyNot(Question q) {
    if (q.stem() == null || q.stem().isBlank()) {
      return Optional.of("the question has no text");
    }
    return switch (q.type()) {
      case ORDERING -> Optional.of("GIFT has no ordering question; use moodle-xml or qti21, which keep it");
      case TRUE_FALSE -> q.answer() instanceof Answer.Truth ? Optional.empty() : Optional.of("the key is not true/false");
      case MULTIPLE_CHOICE -> whyNotChoice(q);
      case CLOZE -> whyNotCloze(q);
      case MATCHING -> whyNotMatching(q);
    };
  }

  private static Optional<String> whyNotChoice(Question q) {
    if (!(q.answer() instanceof Answer.Choice c) || !q.options().contains(c.option())) {
      return Optional.of("the key is not one of the options");
    }
    if (q.options().size() < 2) {
      return Optional.of("Moodle needs at least two options");
    }
    return Optional.empty();
  }

  private static Optional<String> whyNotCloze(Question q) {
    if (!(q.answer() instanceof Answer.Blanks b)) {
      return Optional.of("the key is not a list of blanks");
    }
    int blanks = ClozeStem.parse(q.stem()).blanks();
    if (blanks != b.texts().size()) {
      // "__" inside a word (a code name, "__init__") also reads as a blank
      return Optional.of("the text has " + blanks + " blanks (runs of __ or ＿＿) but the key has "
          + b.texts().size() + " answers");
    }
    if (blanks != 1) {
      return Optional.of(
          "GIFT holds one blank per question and this one has " + blanks + "; use moodle-xml (cloze) or qti21, which keep every blank");
    }
    if (b.texts().get(0).contains("->")) {
      // "=a->b" is how GIFT writes a matching pair, and no escape exists for "-" or ">"
      return Optional.of("the answer contains \"->\", which GIFT reads as a matching pair");
    }
    return Optional.empty();
  }

  private static Optional<String> whyNotMatching(Question q) {
    if (!(q.answer() instanceof Answer.Pairs p) || p.pairs().size() < 2) {
      return Optional.of("Moodle needs at least two pairs");
    }
    for (Answer.Pair pair : p.pairs()) {
      if (pair.left().contains("->")) {
        return Optional.of("the item \"" + SingleLine.of(pair.left()) + "\" contains \"->\", GIFT's pair separator");
      }
      if (pair.left().isBlank() || pair.right().isBlank()) {
        return Optional.of("a pair has an empty side");
      }
    }
    return Optional.empty();
  }

  /** The block for {@code q}, ending with a blank line; call only when {@link #whyNot} is empty. */
  String write(Question q) {
    StringBuilder out = new StringBuilder();
    out.append(GiftTags.commentLine(q)).append('\n');
    // the same name the Moodle XML export gives: the id, then the start of the stem
    out.append("::").append(GiftText.escape(SingleLine.of(QuestionTitle.of(q)))).append("::");
    String feedback = FeedbackText.of(q, labels).plain();
    switch (q.type()) {
      case TRUE_FALSE -> {
        out.append(GiftText.questionText(q.stem()));
        out.append('{').append(((Answer.Truth) q.answer()).value() ? "TRUE" : "FALSE");
        out.append(generalFeedback(feedback, "")).append("}\n");
      }
      case MULTIPLE_CHOICE -> {
        out.append(GiftText.questionText(q.stem())).append("{\n");
        String key = ((Answer.Choice) q.answer()).option();
        for (String option : q.options()) {
          out.append('\t').append(option.equals(key) ? '=' : '~').append(GiftText.answer(option)).append('\n');
        }
        out.append(generalFeedback(feedback, "\t")).append("}\n");
      }
      case CLOZE -> writeCloze(out, q, feedback);
      case MATCHING -> {
        out.append(GiftText.questionText(q.stem())).append("{\n");
        Answer.Pairs pairs = (Answer.Pairs) q.answer();
        Set<String> rights = new LinkedHashSet<>();
        for (Answer.Pair p : pairs.pairs()) {
          out.append("\t=").append(GiftText.answer(p.left())).append(" -> ").append(right(p.right())).append('\n');
          rights.add(p.right());
        }
        // an extra right-hand item is a pair with no left side, as Moodle exports distractors
        for (String extra : q.options()) {
          if (rights.add(extra)) {
            out.append("\t= -> ").append(right(extra)).append('\n');
          }
        }
        out.append(generalFeedback(feedback, "\t")).append("}\n");
      }
      case ORDERING -> throw new IllegalArgumentException("GIFT has no ordering question: " + q.id());
    }
    return out.append('\n').toString();
  }

  /**
   * A cloze with one blank: GIFT's missing-word form, the answer block standing where the blank
   * was. A blank at the very end would leave Moodle no text after the block, and Moodle then drops
   * the blank line, so that case is a short-answer question that keeps the blank in its text.
   */
  private static void writeCloze(StringBuilder out, Question q, String feedback) {
    List<String> seg = ClozeStem.parse(q.stem()).segments();
    String answer = ((Answer.Blanks) q.answer()).texts().get(0);
    String block = "{=" + GiftText.answer(answer) + generalFeedback(feedback, "") + "}";
    String before = seg.get(0).stripLeading();
    String after = seg.get(1).stripTrailing();
    // other GIFT readers take "//" right after the answer block for a comment and drop the text
    if (after.isBlank() || before.isBlank() || after.strip().startsWith("//")) {
      out.append(GiftText.questionText(q.stem())).append(block).append('\n');
    } else {
      out.append(GiftText.PLAIN).append(GiftText.escape(before)).append(block).append(GiftText.escape(after)).append('\n');
    }
  }

  /** A matching right-hand item: Moodle reads it as plain text with no format marker. */
  private static String right(String text) {
    return GiftText.escape(text.strip());
  }

  /** {@code ####feedback}, as Moodle's {@code write_general_feedback}: on its own line when indented. */
  private static String generalFeedback(String feedback, String indent) {
    if (feedback.isEmpty()) {
      return "";
    }
    String s = "####" + GiftText.answer(feedback);
    return indent.isEmpty() ? s : indent + s + "\n";
  }
}
