package tiku.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tiku.bank.DeckStore;
import tiku.io.InputException;
import tiku.io.SafeNames;
import tiku.read.ReadOptions;

/** {@code tiku generate}: builds or refreshes bank.json from documents, keeping a teacher's edits. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Generate the question bank (bank.json) of one or more documents.",
      "An existing bank is merged: questions a teacher edited, approved or rejected are kept as they are."
    })
final class GenerateCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DOC", arity = "0..*", description = "Source documents (.txt, PTT posts, .docx). Default: the bundled sample.")
  List<String> docs = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", description = "Write DIR/bank.json (one document) or DIR/<deck>/bank.json (several). Default: question-bank/<deck>/.")
  Path out;

  @Option(names = "--encoding", paramLabel = "CHARSET", description = "Read the documents in this encoding instead of detecting it (e.g. UTF-8, Big5, x-windows-950).")
  String encoding;

  @Option(names = "--threads", paramLabel = "N", description = "Documents generated at once (default: the number of cores).")
  Integer threads;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    ReadOptions options = readOptions(encoding);
    DeckStore store = DeckStore.fromEnvironment();
    DeckResolver resolver = new DeckResolver(store);
    if (docs.size() <= 1) {
      DeckRef ref = resolver.resolve(docs.isEmpty() ? null : docs.get(0));
      if (ref.source() == null) {
        throw new InputException(ref.bankFile(), null, "this deck has no source document to generate from");
      }
      if (out != null) {
        ref = new DeckRef(ref.deck(), out.resolve(DeckStore.BANK_FILE), ref.source(), true);
      }
      BankLoader.generate(ref, options, err);
      stdout.println(ref.bankFile());
      return ExitCodes.OK;
    }
    return batch(resolver, options, err, stdout, store);
  }

  /** Many documents: both cores, one line of progress per document, the first failure does not stop the rest. */
  private int batch(DeckResolver resolver, ReadOptions options, PrintWriter err, PrintWriter stdout, DeckStore store)
      throws Exception {
    int n = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
    Path base = out != null ? out : store.root();
    Set<String> used = new HashSet<>();
    ExecutorService pool = Executors.newFixedThreadPool(n);
    ExecutorCompletionService<String> done = new ExecutorCompletionService<>(pool);
    int failed = 0;
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (String d : docs) {
        Path doc = Path.of(d);
        String name = doc.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String deck = SafeNames.slug(dot > 0 ? name.substring(0, dot) : name);
        String unique = deck;
        for (int i = 2; !used.add(unique); i++) {
          unique = deck + "-" + i;
        }
        DeckRef ref = new DeckRef(unique, base.resolve(unique).resolve(DeckStore.BANK_FILE), doc, true);
        PrintWriter quiet = new PrintWriter(java.io.Writer.nullWriter());
        futures.add(
            done.submit(
                () -> {
                  BankLoader.generate(ref, options, quiet);
                  return ref.bankFile().toString();
                }));
      }
      for (int i = 1; i <= futures.size(); i++) {
        Future<String> f = done.take();
        try {
          String written = f.get();
          err.printf("[%d/%d] %s%n", i, futures.size(), written);
          stdout.println(written);
        } catch (java.util.concurrent.ExecutionException e) {
          failed++;
          Throwable c = e.getCause();
          String msg = c instanceof InputException ie ? ie.oneLine() : String.valueOf(c);
          err.printf("[%d/%d] tiku: %s%n", i, futures.size(), msg);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    if (failed > 0) {
      err.printf("tiku: %d of %d documents failed%n", failed, docs.size());
      return ExitCodes.BAD_INPUT;
    }
    return ExitCodes.OK;
  }

  static ReadOptions readOptions(String encoding) {
    if (encoding == null) {
      return ReadOptions.defaults();
    }
    try {
      return new ReadOptions(Charset.forName(encoding));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--encoding: unknown encoding '" + encoding + "'");
    }
  }

}
