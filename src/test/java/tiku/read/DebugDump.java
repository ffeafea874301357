package tiku.read;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DebugDump {
  @Test
  void dump() throws Exception {
    String f = System.getProperty("doc");
    if (f == null) return;
    var d = Readers.read(Path.of(f), ReadOptions.defaults());
    System.out.println("TITLE " + d.title() + " / " + d.language() + " / " + d.metadata());
    d.sections().forEach(s -> System.out.println("SEC " + s));
    d.clauses().forEach(c -> System.out.println("CL " + c.number() + " [" + c.label() + "] s=" + c.section() + " " + c.text() + " #sent=" + c.sentences().size()));
    d.paragraphs().forEach(p -> System.out.println("PA s=" + p.section() + " " + p.text()));
  }
}
