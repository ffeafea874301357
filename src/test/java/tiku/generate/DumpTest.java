package tiku.generate;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tiku.extract.FactExtractor;
import tiku.model.Document;

class DumpTest {
  @Test
  void dump() throws Exception {
    GeneratorDump.dump(HandFacts.seed(), Path.of("/tmp/gen-hand.json"));
    for (String name : List.of("/work/shared/seeds/000_b9c5571c24802257.txt", "/work/shared/docs/05-us-uk-2021-en.txt", "/work/shared/docs/08-cn-uae-csp-2019-zh-hans.txt")) {
      Document d = HandFacts.read(Path.of(name));
      var facts = FactExtractor.extract(d);
      String base = Path.of(name).getFileName().toString();
      GeneratorDump.dump(facts, Path.of("/tmp/gen-" + base + ".json"));
      new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(Path.of("/tmp/facts-" + base + ".json").toFile(), facts);
    }
  }
}
