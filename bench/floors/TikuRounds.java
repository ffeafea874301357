import com.sun.management.OperatingSystemMXBean;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * Runs {@code tiku build --out OUTDIR/round-N} ROUNDS times in one JVM (tiku.cli.Main.run, as the
 * launcher's main does minus System.exit) and prints each round's wall and process CPU time, so
 * the cold first build can be set against warm ones.  Usage: {@code TikuRounds OUTDIR ROUNDS}
 * with {@code -Dtiku.root=} the worktree, as ./tiku passes it.
 */
public final class TikuRounds {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int rounds = Integer.parseInt(args[1]);
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (int round = 1; round <= rounds; round++) {
      long cpu = os.getProcessCpuTime();
      long wall = System.nanoTime();
      StringWriter sink = new StringWriter();
      int code = tiku.cli.Main.run(new PrintWriter(sink), new PrintWriter(sink), "build", "--out", dir.resolve("round-" + round).toString());
      if (code != 0) {
        throw new IllegalStateException("tiku build exit " + code + ": " + sink);
      }
      System.err.printf("tiku build round %d: %4.0f ms wall, %4.0f ms CPU (process)%n", round, (System.nanoTime() - wall) / 1e6, (os.getProcessCpuTime() - cpu) / 1e6);
    }
  }
}
