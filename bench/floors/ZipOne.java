import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Floor probe: java.util.zip writes a zip with one entry (as the .apkg is packed). */
public final class ZipOne {
  public static void main(String[] args) throws Exception {
    run(Path.of(args[0]));
  }

  static void run(Path out) throws Exception {
    try (OutputStream o = Files.newOutputStream(out); ZipOutputStream zip = new ZipOutputStream(o, StandardCharsets.UTF_8)) {
      ZipEntry e = new ZipEntry("media");
      e.setTime(0L);
      zip.putNextEntry(e);
      zip.write("{}".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
  }
}
