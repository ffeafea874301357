package tiku.render.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tiku.render.RenderJob;
import tiku.render.RenderOptions;
import tiku.testing.SampleBanks;

/** Writes the sample worksheets under target/pdf-look so a person can render and look at them. */
class PdfLookTest {
  @Test
  void writesSamplesToLookAt() throws Exception {
    Path dir = Path.of("target", "pdf-look");
    Files.createDirectories(dir);
    PdfWorksheetRenderer r = new PdfWorksheetRenderer();
    var zh = SampleBanks.chinese();
    r.render(new RenderJob(zh, zh.questions(), RenderOptions.defaults(), dir));
    r.render(new RenderJob(zh, zh.questions(), RenderOptions.defaults().withForms(List.of("A", "B")), dir));
    var en = SampleBanks.english();
    r.render(new RenderJob(en, en.questions(), RenderOptions.defaults(), dir));
    var seed = PdfFixtures.seedBank(40);
    r.render(new RenderJob(seed, seed.questions(), RenderOptions.defaults(), dir));
    var ev = SampleBanks.hostile();
    r.render(new RenderJob(ev, ev.questions(), RenderOptions.defaults().withKeyInline(true), dir));
  }
}
