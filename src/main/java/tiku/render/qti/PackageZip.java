package tiku.render.qti;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import tiku.render.ReproducibleZip;
import tiku.render.lms.XmlOut;

/**
 * The files of a content package, zipped by {@link ReproducibleZip} so that the same files give
 * the same bytes: entries in the order added, each at {@link #ENTRY_TIME}.
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
    ReproducibleZip.write(out, entries.entrySet(), ENTRY_TIME);
  }
}
