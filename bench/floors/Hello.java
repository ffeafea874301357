import java.nio.file.Files;
import java.nio.file.Path;

/** Floor probe: a JVM that starts, writes one line to a file and exits. */
public final class Hello {
  public static void main(String[] args) throws Exception {
    run(Path.of(args[0]));
  }

  static void run(Path out) throws Exception {
    Files.writeString(out, "hello\n");
  }
}
