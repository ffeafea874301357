package tiku.render.qti;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Test helper: a zip's entries in order, with a check that every entry has the fixed time. */
final class ZipRead {
  private ZipRead() {}

  static Map<String, byte[]> entries(Path zip) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
      ZipEntry e;
      while ((e = z.getNextEntry()) != null) {
        if (!e.getTimeLocal().equals(PackageZip.ENTRY_TIME)) {
          throw new AssertionError(e.getName() + " has time " + e.getTimeLocal());
        }
        if (out.put(e.getName(), z.readAllBytes()) != null) {
          throw new AssertionError("duplicate entry " + e.getName());
        }
      }
    }
    return out;
  }
}
