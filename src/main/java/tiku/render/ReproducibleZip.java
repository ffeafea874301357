package tiku.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Zips so that equal contents give equal bytes: entries in the given order, each with one fixed
 * time and no extra fields. Used to rewrite a zip made by a library (an OOXML package, an .apkg)
 * and to write our own packages (QTI).
 */
public final class ReproducibleZip {
  /** The earliest time a zip's DOS date field can hold; also what Maven uses for reproducible jars. */
  public static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 2, 1, 0, 0);

  private ReproducibleZip() {}

  /** Rewrites a zip: every entry keeps its order and data but gets {@link #FIXED_TIME}. */
  public static byte[] normalise(byte[] zip) throws IOException {
    List<Map.Entry<String, byte[]>> entries = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        entries.add(new SimpleImmutableEntry<>(e.getName(), in.readAllBytes()));
      }
    }
    ByteArrayOutputStream buf = new ByteArrayOutputStream(zip.length + 1024);
    write(buf, entries, FIXED_TIME);
    return buf.toByteArray();
  }

  /**
   * Writes the entries in order, each at {@code time}, at the best compression; finishes the zip
   * but leaves {@code out} open.
   */
  public static void write(OutputStream out, Iterable<? extends Map.Entry<String, byte[]>> entries, LocalDateTime time)
      throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out);
    zip.setLevel(9);
    for (Map.Entry<String, byte[]> e : entries) {
      ZipEntry entry = new ZipEntry(e.getKey());
      // local time, not an instant: the bytes must not depend on the machine's time zone
      entry.setTimeLocal(time);
      zip.putNextEntry(entry);
      zip.write(e.getValue());
      zip.closeEntry();
    }
    zip.finish();
  }
}
