import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Floor of {@code tiku build}, in one JVM: picocli parses the command line, Jackson reads the bank,
 * then the minimum of each build format (PDF, Anki CSV, .apkg = SQLite + zip, HTML, DOCX) runs on
 * THREADS threads, as the build renders its formats side by side.
 *
 * <p>Usage: {@code BuildFloor BANK OUTDIR [THREADS [ROUNDS]]}. With ROUNDS above 1 it repeats the
 * whole job in the same JVM and prints each step's wall and thread CPU time per round to stderr, so
 * the first (cold) round can be set against the later (warm) ones.
 */
public final class BuildFloor {
  interface Step {
    void run(Path dir) throws Exception;
  }

  public static void main(String[] args) throws Exception {
    Path bank = Path.of(args[0]);
    Path dir = Path.of(args[1]);
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    Map<String, Step> formats = new LinkedHashMap<>();
    formats.put("openpdf", d -> OpenPdf.run(d.resolve("floor.pdf")));
    formats.put("commons-csv", d -> CommonsCsv.run(d.resolve("floor.csv")));
    formats.put("sqlite+zip", d -> {
      SqliteDb.run(d.resolve("floor.db"));
      ZipOne.run(d.resolve("floor.zip"));
    });
    formats.put("thymeleaf", d -> ThymeleafHtml.run(d.resolve("floor.html")));
    formats.put("poi-xwpf", d -> PoiDocx.run(d.resolve("floor.docx")));
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 1; round <= rounds; round++) {
        Path out = Files.createDirectories(dir.resolve("round-" + round));
        List<String> report = new ArrayList<>();
        long start = System.nanoTime();
        report.add(timed("picocli", () -> Picocli.run(out.resolve("picocli.txt")), mx));
        report.add(timed("jackson", () -> JacksonTree.run(bank, out.resolve("jackson.txt")), mx));
        List<Future<String>> done = new ArrayList<>();
        for (Map.Entry<String, Step> f : formats.entrySet()) {
          done.add(pool.submit(() -> timed(f.getKey(), () -> f.getValue().run(out), mx)));
        }
        for (Future<String> f : done) {
          report.add(f.get());
        }
        if (rounds > 1) {
          System.err.printf("round %d: %4.0f ms wall; %s%n", round, (System.nanoTime() - start) / 1e6, String.join(", ", report));
        }
      }
    } finally {
      pool.shutdown();
    }
  }

  interface Body {
    void run() throws Exception;
  }

  /** Runs one step and says its wall and this thread's CPU time. */
  private static String timed(String name, Body body, ThreadMXBean mx) throws Exception {
    long cpu = mx.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    body.run();
    return String.format("%s %.0f/%.0f ms", name, (System.nanoTime() - wall) / 1e6, (mx.getCurrentThreadCpuTime() - cpu) / 1e6);
  }
}
