package tiku.generate;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tiku.model.Document;
import tiku.model.Facts;

class DumpTest {
  @Test
  void dump() throws Exception {
    GeneratorDump.dump(HandFacts.seed(), Path.of("/tmp/gen-seed.json"));
    for (String name : List.of("05-us-uk-2021-en.txt", "08-cn-uae-csp-2019-zh-hans.txt")) {
      Document d = HandFacts.read(Path.of("/work/shared/docs", name));
      GeneratorDump.dump(new Facts(d, List.of(), List.of(), List.of(), List.of(), List.of()), Path.of("/tmp/gen-" + name + ".json"));
      new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(Path.of("/tmp/doc-" + name + ".json").toFile(), d);
    }
    new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(Path.of("/tmp/doc-seed.json").toFile(), HandFacts.seed().document());
  }
}
