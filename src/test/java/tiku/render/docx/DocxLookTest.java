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
  }
}
