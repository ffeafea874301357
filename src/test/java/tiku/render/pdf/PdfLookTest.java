package tiku.render.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;

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
    var hans = PdfFixtures.sentenceBank(PdfFixtures.doc("08-cn-uae-csp-2019-zh-hans.txt"), tiku.model.Language.ZH_HANS,
        "cn-uae-2019", "中华人民共和国和阿拉伯联合酋长国关于加强全面战略伙伴关系的联合声明", 30);
    r.render(new RenderJob(hans, hans.questions(), RenderOptions.defaults().withKeyInline(true), dir));
    var enDoc = PdfFixtures.sentenceBank(PdfFixtures.doc("05-us-uk-2021-en.txt"), tiku.model.Language.EN,
        "us-uk-doc", "US-UK Joint Statement", 30);
    r.render(new RenderJob(enDoc, enDoc.questions(), RenderOptions.defaults().withPaper("Letter"), dir));
    var ev = SampleBanks.hostile();
    r.render(new RenderJob(ev, ev.questions(), RenderOptions.defaults().withKeyInline(true), dir));
    try (var files = Files.list(dir)) {
      assertThat(files.filter(p -> p.toString().endsWith(".pdf"))).hasSizeGreaterThanOrEqualTo(12);
    }
  }
}
