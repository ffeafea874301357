package tiku.model;

import java.util.List;

/** The key to a question; its shape depends on the question's type. */
public sealed interface Answer
    permits Answer.Choice, Answer.Truth, Answer.Blanks, Answer.Pairs, Answer.Sequence {

  /** Multiple choice: the exact text of the correct option. */
  record Choice(String option) implements Answer {}

  /** True/false. */
  record Truth(boolean value) implements Answer {}

  /** Cloze: the missing text of each blank, in order (in JSON a string when there is one). */
  record Blanks(List<String> texts) implements Answer {
    public Blanks {
      texts = List.copyOf(texts);
      if (texts.isEmpty()) {
        throw new IllegalArgumentException("a cloze answer needs at least one blank");
      }
    }

    public static Blanks of(String... texts) {
      return new Blanks(List.of(texts));
    }
  }

  /** Matching: each left item with its right item. */
  record Pairs(List<Pair> pairs) implements Answer {
    public Pairs {
      pairs = List.copyOf(pairs);
    }
  }

  /** One matched pair. */
  record Pair(String left, String right) {}

  /** Ordering: the items in the right order. */
  record Sequence(List<String> items) implements Answer {
    public Sequence {
      items = List.copyOf(items);
    }
  }

  /** The answer as one line of plain text, for keys and feedback. */
  default String display() {
    if (this instanceof Choice c) {
      return c.option();
    } else if (this instanceof Truth t) {
      return t.value() ? "true" : "false";
    } else if (this instanceof Blanks b) {
      return String.join(" / ", b.texts());
    } else if (this instanceof Pairs p) {
      return String.join("; ", p.pairs().stream().map(x -> x.left() + " — " + x.right()).toList());
    } else {
      return String.join(" → ", ((Sequence) this).items());
    }
  }
}
