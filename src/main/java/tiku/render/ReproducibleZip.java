package tiku.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip (an OOXML package, an .apkg) so that equal contents give equal bytes: every entry
 * keeps its order and data but gets one fixed time and no extra fields.
 */
public final class ReproducibleZip {
  /** The earliest time a zip's DOS date field can hold; also what Maven uses for reproducible jars. */
  public static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 2, 1, 0, 0);

  private ReproducibleZip() {}

  public static byte[] normalise(byte[] zip) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream(zip.length + 1024);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream out = new ZipOutputStream(buf)) {
      out.setLevel(9);
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        ZipEntry copy = new ZipEntry(e.getName());
        // local time, not an instant: the bytes must not depend on the machine's time zone
        copy.setTimeLocal(FIXED_TIME);
        out.putNextEntry(copy);
        in.transferTo(out);
        out.closeEntry();
      }
    }
    return buf.toByteArray();
  }
}
