package tiku.read;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tiku.extract.FactExtractor;

class DebugDump {
  @Test
  void dump() throws Exception {
    String f = System.getProperty("doc");
    if (f == null) return;
    var d = Readers.read(Path.of(f), ReadOptions.defaults());
    var facts = FactExtractor.extract(d);
    System.out.println(tiku.extract.FactsSummary.format(facts));
    if (System.getProperty("json") != null) System.out.println(tiku.extract.FactsJson.write(facts));
    facts.agreements().forEach(a -> System.out.println("AG " + a.name() + " " + a.aliases() + " " + a.clauses() + " cit=" + a.citations().size()));
    facts.organizations().forEach(a -> System.out.println("ORG " + a.name() + " / " + a.acronym()));
    facts.people().forEach(a -> System.out.println("PER " + a.name() + " / " + a.role() + " / " + a.latin()));
    facts.years().forEach(a -> System.out.println("YR " + a.year() + " / " + a.date() + " / " + a.event() + " | " + a.citation().clause()));
    facts.quantities().forEach(a -> System.out.println("QT " + a.value() + " / " + a.unit() + " | " + a.citation().clause()));
  }
}
