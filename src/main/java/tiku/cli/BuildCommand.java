package tiku.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tiku.Tiku;
import tiku.bank.BankJson;
import tiku.model.QuestionBank;
import tiku.read.ReadOptions;
import tiku.render.Renderers;

/** {@code tiku build}: the whole job: (re)generate the bank when needed, then render every format. */
@Command(name = "build", mixinStandardHelpOptions = true, description = {
    "Generate the bank when needed (no bank yet, or the document changed) and render every format.",
    "A teacher's edits in bank.json are kept."})
final class BuildCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DOC|DECK", arity = "0..1", description = "A document or a deck name. Default: the bundled sample.")
  String target;

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: output/<deck>/).")
  Path out;

  @Option(names = "--encoding", paramLabel = "CHARSET", description = "Read the document in this encoding instead of detecting it.")
  String encoding;

  @Mixin SelectionOptions selection;
  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    var options = output.toRenderOptions(selection.seed);
    ReadOptions read = GenerateCommand.readOptions(encoding);
    DeckRef ref = new DeckResolver(tiku.bank.DeckStore.fromEnvironment()).resolve(target);
    QuestionBank stored = Files.exists(ref.bankFile()) && !ref.explicitDocument() ? BankJson.read(ref.bankFile()) : null;
    QuestionBank bank;
    if (ref.source() != null && (ref.explicitDocument() || stale(stored, ref))) {
      bank = BankLoader.generate(ref, read, err);
      keepSource(ref);
    } else {
      bank = stored != null ? stored : BankLoader.load(ref, err);
    }
    SelectedQuestions s = SelectedQuestions.of(ref, bank, selection);
    FormatRunner.run(s, Renderers.BUILD_FORMATS, options, FormatRunner.outDir(out, bank.deck()), spec.commandLine().getOut(), spec.commandLine().getErr());
    return ExitCodes.OK;
  }

  /** True when there is no bank yet or the source document changed since it was generated. */
  private static boolean stale(QuestionBank stored, DeckRef ref) throws java.io.IOException {
    return stored == null || !Tiku.sha256(ref.source()).equals(stored.source().sha256());
  }

  /** A document built by name gets a copy in its deck folder, so `build DECK` can regenerate later. */
  private static void keepSource(DeckRef ref) throws java.io.IOException {
    Path dir = ref.bankFile().getParent();
    if (!ref.explicitDocument() || dir == null) {
      return;
    }
    String name = ref.source().getFileName().toString();
    int dot = name.lastIndexOf('.');
    String ext = dot > 0 ? name.substring(dot).toLowerCase(java.util.Locale.ROOT) : ".txt";
    if (!ext.matches("\\.[a-z0-9]{1,5}")) {
      ext = ".txt";
    }
    Path copy = dir.resolve("source" + ext);
    if (!Files.exists(copy)) {
      Path tmp = Files.createTempFile(dir, ".source", ".tmp");
      Files.copy(ref.source(), tmp, StandardCopyOption.REPLACE_EXISTING);
      Files.move(tmp, copy, StandardCopyOption.ATOMIC_MOVE);
    }
  }
}
