package tiku.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPRow;
import com.lowagie.text.pdf.PdfPTable;
import org.junit.jupiter.api.Test;
import tiku.model.Language;
import tiku.model.Question;
import tiku.model.QuestionType;
import tiku.render.Labels;
import tiku.testing.SampleBanks;

class QuestionBlockTest {
  private final PdfText text = new PdfText(FontLoader.load(Language.ZH_HANT, null));
  private final Labels labels = Labels.load(PdfWorksheetRenderer.class, Language.ZH_HANT);
  private final float width = PageSetup.of("A4").contentWidth();

  @Test
  void everyQuestionIsOneFlatTableAsWideAsThePage() {
    // tables inside tables are measured again at every level by OpenPDF: keep blocks flat
    for (Question q : SampleBanks.chinese().questions()) {
      PdfPTable t = new QuestionBlock(text, labels, width).build(q, 1, null);
      assertThat(t.getTotalWidth()).as(q.id()).isEqualTo(width, org.assertj.core.data.Offset.offset(0.01f));
      for (PdfPRow row : t.getRows()) {
        for (PdfPCell c : row.getCells()) {
          assertThat(c == null || c.getTable() == null).as(q.id() + " has a nested table").isTrue();
        }
      }
    }
  }

  @Test
  void optionsFillTheirRowsLetterThenText() {
    Question mc = SampleBanks.chinese().questions().stream()
        .filter(q -> q.type() == QuestionType.MULTIPLE_CHOICE).findFirst().orElseThrow();
    OptionLayout layout = new OptionLayout(text);
    float[] cols = layout.columnWidths(mc.options(), 400f);
    float sum = 0;
    for (float c : cols) {
      sum += c;
    }
    assertThat(sum).isEqualTo(400f, org.assertj.core.data.Offset.offset(0.01f));
    assertThat(cols.length % 2).isZero();
    assertThat(mc.options().size() % (cols.length / 2)).as("rows are full").isZero();
    assertThat(layout.cells(mc.options())).hasSize(2 * mc.options().size());
  }
}
