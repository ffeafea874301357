package tiku.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import tiku.Tiku;
import tiku.bank.BankJson;
import tiku.bank.BankMerger;
import tiku.io.InputException;
import tiku.model.QuestionBank;
import tiku.read.ReadOptions;

/**
 * Gets the bank a command works on: the stored bank.json, generating it first from the deck's
 * source when there is none yet (or when asked), always merging so a teacher's edits are kept.
 */
final class BankLoader {
  private BankLoader() {}

  static QuestionBank load(DeckRef ref, PrintWriter err) throws IOException {
    if (Files.exists(ref.bankFile()) && !ref.explicitDocument()) {
      return BankJson.read(ref.bankFile());
    }
    if (ref.source() == null) {
      throw new InputException(ref.bankFile(), null, "no such bank, and no source document to generate it from");
    }
    return generate(ref, ReadOptions.defaults(), err);
  }

  /** Generates from the source and merges into the stored bank (if any), then saves it. */
  static QuestionBank generate(DeckRef ref, ReadOptions options, PrintWriter err) throws IOException {
    QuestionBank fresh = Tiku.generate(ref.source(), options, ref.deck());
    QuestionBank out = fresh;
    if (Files.exists(ref.bankFile())) {
      BankMerger.Result r = BankMerger.merge(BankJson.read(ref.bankFile()), fresh);
      out = r.bank();
      err.printf(
          "tiku: %s: %d new, %d updated, %d kept as the teacher left them, %d dropped%n",
          ref.bankFile(), r.added(), r.updated(), r.kept(), r.dropped());
    } else {
      err.printf("tiku: %s: generated %d questions%n", ref.bankFile(), out.questions().size());
    }
    BankJson.write(ref.bankFile(), out);
    return out;
  }
}
