package tiku.bank;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tiku.model.Question;
import tiku.model.QuestionBank;
import tiku.model.Status;

/**
 * Merges freshly generated questions into a teacher's bank. A question the teacher edited,
 * approved or rejected is kept exactly as it is; an untouched one ({@code new}) takes the new
 * generation; questions the teacher added are kept; untouched questions that the generator no
 * longer makes are dropped.
 */
public final class BankMerger {
  private BankMerger() {}

  /** What a merge did, for the command line to report. */
  public record Result(QuestionBank bank, int added, int updated, int kept, int dropped) {}

  public static Result merge(QuestionBank existing, QuestionBank generated) {
    Map<String, Question> old = new LinkedHashMap<>();
    existing.questions().forEach(q -> old.put(q.id(), q));
    List<Question> out = new ArrayList<>();
    int added = 0;
    int updated = 0;
    int kept = 0;
    for (Question g : generated.questions()) {
      Question o = old.remove(g.id());
      if (o == null) {
        out.add(g);
        added++;
      } else if (o.status() == Status.NEW) {
        out.add(g);
        if (!Fingerprint.of(o).equals(Fingerprint.of(g))) {
          updated++;
        }
      } else {
        out.add(o);
        kept++;
      }
    }
    int dropped = 0;
    for (Question o : old.values()) {
      if (o.status() == Status.NEW) {
        dropped++;
      } else {
        out.add(o);
        kept++;
      }
    }
    QuestionBank merged = new QuestionBank(QuestionBank.SCHEMA, existing.deck(), generated.source(), out);
    return new Result(merged, added, updated, kept, dropped);
  }
}
