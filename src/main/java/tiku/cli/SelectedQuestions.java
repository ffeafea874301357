package tiku.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import tiku.Tiku;
import tiku.io.InputException;
import tiku.model.Question;
import tiku.model.QuestionBank;
import tiku.select.Selection;

/** A bank and the questions a command's selection options picked from it. */
record SelectedQuestions(DeckRef ref, QuestionBank bank, List<Question> questions) {

  static SelectedQuestions of(DeckRef ref, QuestionBank bank, SelectionOptions options) {
    Selection sel = options.toSelection();
    List<Question> qs = Tiku.select(bank, sel);
    if (qs.isEmpty()) {
      throw new InputException(
          ref.bankFile(), null,
          "no question matches the selection" + describe(sel) + " (the deck has " + bank.questions().size() + " questions)");
    }
    return new SelectedQuestions(ref, bank, qs);
  }

  static SelectedQuestions load(String arg, SelectionOptions options, PrintWriter err) throws java.io.IOException {
    DeckRef ref = new DeckResolver(tiku.bank.DeckStore.fromEnvironment()).resolve(arg);
    return of(ref, BankLoader.load(ref, err), options);
  }

  private static String describe(Selection s) {
    List<String> parts = new ArrayList<>();
    s.pillars().forEach(p -> parts.add("--pillar " + p));
    s.difficulties().forEach(d -> parts.add("--difficulty " + d.id()));
    s.types().forEach(t -> parts.add("--type " + t.id()));
    s.statuses().forEach(t -> parts.add("--status " + t.id()));
    return parts.isEmpty() ? "" : " " + String.join(" ", parts);
  }
}
