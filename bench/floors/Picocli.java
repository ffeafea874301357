import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Floor probe: picocli parses a one-option command and runs it. */
@Command(name = "probe")
public final class Picocli implements Callable<Integer> {
  @Option(names = "--out")
  Path out;

  @Override
  public Integer call() throws Exception {
    Files.writeString(out, "parsed " + out.getFileName() + "\n");
    return 0;
  }

  public static void main(String[] args) throws Exception {
    run(Path.of(args[0]));
  }

  static void run(Path out) {
    int code = new CommandLine(new Picocli()).execute("--out", out.toString());
    if (code != 0) {
      throw new IllegalStateException("picocli exit " + code);
    }
  }
}
