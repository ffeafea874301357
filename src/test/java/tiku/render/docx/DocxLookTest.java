package tiku.render.docx;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tiku.render.RenderJob;
import tiku.render.RenderOptions;
import tiku.testing.SampleBanks;

/** Writes sample worksheets for a person to look at: {@code -Dtiku.look=DIR}. */
@EnabledIfSystemProperty(named = "tiku.look", matches = ".+")
class DocxLookTest {
  @Test
  void writeSamples() throws Exception {
    Path out = Path.of(System.getProperty("tiku.look"));
    var r = new DocxWorksheetRenderer();
    var zh = SampleBanks.chinese();
    r.render(new RenderJob(zh, zh.questions(), RenderOptions.defaults(), out.resolve("zh")));
    var en = SampleBanks.english();
    r.render(new RenderJob(en, en.questions(), RenderOptions.defaults(), out.resolve("en")));
    Path seed = Path.of("/work/shared/seeds/000_b9c5571c24802257.txt");
    if (java.nio.file.Files.exists(seed)) {
      var bank = tiku.Tiku.generate(seed, tiku.read.ReadOptions.defaults(), "uk-vietnam-2025");
      var qs = tiku.select.Selector.select(
          bank, new tiku.select.Selection(java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(), 40, 7));
      r.render(new RenderJob(bank, qs, RenderOptions.defaults().withForms(java.util.List.of("A", "B")).withSeed(7), out.resolve("seed")));
      new tiku.render.xlsx.XlsxBankRenderer().render(new RenderJob(bank, bank.questions(), RenderOptions.defaults(), out.resolve("seed")));
    }
  }
}
