package tiku.generate;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DumpTest {
  @Test
  void dump() throws Exception {
    GeneratorDump.dump(HandFacts.seed(), Path.of("/tmp/gen-seed.json"));
  }
}
