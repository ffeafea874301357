import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Floor of {@code tiku build}, in one JVM: picocli parses the command line, Jackson reads the bank,
 * then the minimum of each build format (PDF, Anki CSV, .apkg = SQLite + zip, HTML, DOCX) runs on
 * THREADS threads, as the build renders its formats side by side.
 *
 * <p>Usage: {@code BuildFloor BANK OUTDIR [THREADS [ROUNDS [eager]]]}. By default the steps are
 * staged as in Tiku (parse, read, then the formats side by side, in Tiku's format order); with
 * {@code eager} every step goes to the pool at once, longest first, so the libraries' start-ups
 * overlap as much as two threads allow: the least wall time any schedule could reach.
 *
 * <p>With ROUNDS above 1 it repeats the
 * whole job in the same JVM and prints each step's wall and thread CPU time per round to stderr, so
 * the first (cold) round can be set against the later (warm) ones. No lambdas or formatting on the
 * timed path: their own start-up would not be the libraries' floor.
 */
public final class BuildFloor {
  /** Tiku's build order: pdf, anki-csv, apkg, html, docx. */
  static final String[] FORMATS = {"openpdf", "commons-csv", "sqlite+zip", "thymeleaf", "poi-xwpf"};

  /** Every step, longest first (as measured cold on their own). */
  static final String[] EAGER = {"poi-xwpf", "openpdf", "thymeleaf", "sqlite+zip", "picocli", "jackson", "commons-csv"};

  /** One step of the job; {@code call} gives its wall and thread CPU nanoseconds. */
  static final class Step implements Callable<long[]> {
    static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
    final String name;
    final Path bank;
    final Path out;

    Step(String name, Path bank, Path out) {
      this.name = name;
      this.bank = bank;
      this.out = out;
    }

    @Override
    public long[] call() throws Exception {
      long cpu = MX.getCurrentThreadCpuTime();
      long wall = System.nanoTime();
      switch (name) {
        case "picocli" -> Picocli.run(out.resolve("picocli.txt"));
        case "jackson" -> JacksonTree.run(bank, out.resolve("jackson.txt"));
        case "openpdf" -> OpenPdf.run(out.resolve("floor.pdf"));
        case "commons-csv" -> CommonsCsv.run(out.resolve("floor.csv"));
        case "sqlite+zip" -> {
          SqliteDb.run(out.resolve("floor.db"));
          ZipOne.run(out.resolve("floor.zip"));
        }
        case "thymeleaf" -> ThymeleafHtml.run(out.resolve("floor.html"));
        case "poi-xwpf" -> PoiDocx.run(out.resolve("floor.docx"));
        default -> throw new IllegalArgumentException(name);
      }
      return new long[] {System.nanoTime() - wall, MX.getCurrentThreadCpuTime() - cpu};
    }
  }

  public static void main(String[] args) throws Exception {
    Path bank = Path.of(args[0]);
    Path dir = Path.of(args[1]);
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    boolean eager = args.length > 4 && args[4].equals("eager");
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 1; round <= rounds; round++) {
        Path out = Files.createDirectories(dir.resolve("round-" + round));
        long start = System.nanoTime();
        List<String> names = new ArrayList<>();
        List<long[]> times = new ArrayList<>();
        List<Future<long[]>> done = new ArrayList<>();
        if (eager) {
          for (String f : EAGER) {
            names.add(f);
            done.add(pool.submit(new Step(f, bank, out)));
          }
        } else {
          names.add("picocli");
          times.add(new Step("picocli", bank, out).call());
          names.add("jackson");
          times.add(new Step("jackson", bank, out).call());
          for (String f : FORMATS) {
            names.add(f);
            done.add(pool.submit(new Step(f, bank, out)));
          }
        }
        for (Future<long[]> f : done) {
          times.add(f.get());
        }
        long total = System.nanoTime() - start;
        if (rounds > 1) {
          StringBuilder line = new StringBuilder(String.format("round %d: %4.0f ms wall;", round, total / 1e6));
          for (int i = 0; i < names.size(); i++) {
            line.append(String.format(" %s %.0f/%.0f", names.get(i), times.get(i)[0] / 1e6, times.get(i)[1] / 1e6));
          }
          System.err.println(line);
        }
      }
    } finally {
      pool.shutdown();
    }
  }
}
