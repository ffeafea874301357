package tiku.render.qti;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamException;
import tiku.render.lms.XmlOut;

/**
 * The files of a content package, zipped so that the same files give the same bytes: entries in
 * the order added, each with the same fixed time (local DOS time, so no time-zone or extra-field
 * differences).
 */
final class PackageZip {
  static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2026, 1, 1, 0, 0);

  /** Writes one XML document. */
  @FunctionalInterface
  interface XmlBody {
    void write(XmlOut x) throws XMLStreamException;
  }

  private final Map<String, byte[]> entries = new LinkedHashMap<>();

  void add(String name, byte[] bytes) {
    if (entries.putIfAbsent(name, bytes) != null) {
      throw new IllegalArgumentException("two package entries named " + name);
    }
  }

  void addXml(String name, XmlBody body) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XmlOut x = XmlOut.start(out);
      body.write(x);
      x.finish();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write " + name + ": " + e.getMessage(), e);
    }
    add(name, out.toByteArray());
  }

  void writeTo(OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out);
    zip.setLevel(9);
    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
      ZipEntry entry = new ZipEntry(e.getKey());
      entry.setTimeLocal(ENTRY_TIME);
      zip.putNextEntry(entry);
      zip.write(e.getValue());
      zip.closeEntry();
    }
    zip.finish();
  }
}
