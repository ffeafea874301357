package tiku.render;

import java.util.ArrayList;
import java.util.List;
import tiku.model.Answer;
import tiku.model.Question;

/** The answer as a worksheet's key prints it; the PDF and the Word key share it. */
public final class KeyAnswer {
  private KeyAnswer() {}

  /**
   * ○/× for true-false; the option's letter and text for a choice; the blanks in order; the letter
   * of each matching item's partner; the letters of an ordering in order. A choice, partner or item
   * that a teacher's edit left out of the options is printed as its text, so the key never shows a
   * letter that the worksheet does not have.
   */
  public static String of(Question q, Labels labels) {
    Answer a = q.answer();
    if (a instanceof Answer.Choice c) {
      int i = q.options().indexOf(c.option());
      return i < 0 ? c.option() : OptionLetters.bracketed(i) + " " + c.option();
    }
    if (a instanceof Answer.Pairs p) {
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < p.pairs().size(); i++) {
        String right = p.pairs().get(i).right();
        parts.add("(" + (i + 1) + ") " + letterOr(q.options().indexOf(right), right));
      }
      return String.join(labels.get("key.pairs.separator"), parts);
    }
    if (a instanceof Answer.Sequence s) {
      List<String> parts = new ArrayList<>();
      for (String item : s.items()) {
        parts.add(letterOr(q.options().indexOf(item), item));
      }
      return String.join(labels.get("key.arrow"), parts);
    }
    if (a instanceof Answer.Blanks b) {
      return String.join(labels.get("key.blanks.separator"), b.texts());
    }
    return labels.answer(a);
  }

  private static String letterOr(int index, String text) {
    return index < 0 ? text : OptionLetters.letter(index);
  }
}
