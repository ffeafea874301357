package tiku.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tiku.extract.FactExtractor;
import tiku.generate.QuestionGenerator;
import tiku.model.BankSource;
import tiku.model.ClozeStem;
import tiku.model.Document;
import tiku.model.Facts;
import tiku.model.Question;
import tiku.model.QuestionBank;
import tiku.model.QuestionType;
import tiku.read.ReadOptions;
import tiku.read.Readers;
import tiku.render.RenderJob;
import tiku.render.RenderOptions;
import tiku.select.Selection;
import tiku.select.Selector;

/** A 40-question worksheet from the seed through the real pipeline: read, extract, generate, select. */
class SeedWorksheetTest {
  @TempDir Path dir;

  @Test
  void fortyGeneratedQuestionsFromTheSeed() throws Exception {
    Document doc = Readers.read(PdfFixtures.seed(), ReadOptions.defaults());
    Facts facts = FactExtractor.extract(doc);
    List<Question> generated = QuestionGenerator.generate(facts);
    BankSource src = new BankSource(doc.title(), doc.language(), "source.txt", "0".repeat(64), null, List.of());
    QuestionBank bank = new QuestionBank(QuestionBank.SCHEMA, "uk-vietnam-2025", src, generated);
    List<Question> selected = Selector.select(bank, new Selection(List.of(), List.of(), List.of(), List.of(), 40, 1L));
    assertThat(selected).hasSizeGreaterThanOrEqualTo(Math.min(40, generated.size()));
    List<Path> out = new PdfWorksheetRenderer().render(
        new RenderJob(bank, selected, RenderOptions.defaults().withForms(List.of("A", "B")), dir));
    for (Path p : out) {
      assertThat(Files.size(p)).as(p.toString()).isLessThanOrEqualTo(400 * 1024);
    }
    String sheet = PdfFixtures.squeeze(PdfFixtures.text(out.get(0)));
    for (Question q : selected) {
      String probe = q.type() == QuestionType.CLOZE ? ClozeStem.parse(q.stem()).segments().get(0) : q.stem();
      assertThat(sheet).as(q.id()).contains(PdfFixtures.squeeze(PdfText.clean(probe)));
    }
  }
}
