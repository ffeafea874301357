package tiku.render.anki;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tiku.render.RenderJob;
import tiku.render.RenderOptions;
import tiku.testing.SampleBanks;

class AnkiSampleOutputTest {
  @Test
  void writesSamples() throws Exception {
    Path dir = Path.of(System.getProperty("tiku.root", ".")).resolve("target/anki-sample");
    for (var bank : java.util.List.of(SampleBanks.chinese(), SampleBanks.english(), SampleBanks.hostile())) {
      RenderJob job = new RenderJob(bank, bank.questions(), RenderOptions.defaults(), dir);
      new AnkiCsvRenderer().render(job);
      new ApkgRenderer().render(job);
    }
  }
}
