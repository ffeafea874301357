package tiku.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tiku.model.Question;
import tiku.model.QuestionBank;
import tiku.render.RenderJob;
import tiku.render.RenderOptions;
import tiku.testing.SampleBanks;

class XlsxBankRendererTest {
  @TempDir Path dir;

  private Path export(QuestionBank bank, Path out) throws Exception {
    List<Path> files = new XlsxBankRenderer().render(new RenderJob(bank, bank.questions(), RenderOptions.defaults(), out));
    assertThat(files).hasSize(1);
    return files.get(0);
  }

  private static XSSFWorkbook open(Path p) throws Exception {
    try (InputStream in = Files.newInputStream(p)) {
      return new XSSFWorkbook(in);
    }
  }

  @Test
  void oneTextRowPerQuestionWithEveryField() throws Exception {
    QuestionBank bank = SampleBanks.chinese();
    Path file = export(bank, dir);
    assertThat(file.getFileName().toString()).isEqualTo("uk-vietnam-2025-bank.xlsx");
    try (XSSFWorkbook wb = open(file)) {
      XSSFSheet s = wb.getSheet(BankSheet.SHEET);
      assertThat(s.getLastRowNum()).isEqualTo(bank.questions().size());
      List<String> headers = new ArrayList<>();
      s.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
      assertThat(headers).contains("id", "type", "family", "stem", "option A", "option D", "answer", "explanation",
          "difficulty", "pillar", "tags", "source clause", "source quote", "status");
      for (int i = 0; i < bank.questions().size(); i++) {
        Question q = bank.questions().get(i);
        Row row = s.getRow(i + 1);
        assertThat(row.getCell(headers.indexOf("id")).getStringCellValue()).isEqualTo(q.id());
        assertThat(row.getCell(headers.indexOf("stem")).getStringCellValue()).isEqualTo(q.stem());
        assertThat(row.getCell(headers.indexOf("source quote")).getStringCellValue()).isEqualTo(q.source().quote());
        for (int o = 0; o < q.options().size(); o++) {
          assertThat(row.getCell(headers.indexOf("option " + (char) ('A' + o))).getStringCellValue()).isEqualTo(q.options().get(o));
        }
      }
      // the multiple-choice answer names its option by letter
      assertThat(s.getRow(2).getCell(headers.indexOf("answer")).getStringCellValue()).isEqualTo("A");
      assertThat(wb.getSheet(BankSheet.PILLARS_SHEET).getRow(2).getCell(2).getStringCellValue()).isEqualTo("加強經濟、貿易、投資與金融合作");
    }
  }

  @Test
  void frozenFilteredHeaderDropDownsAndWideColumnsForChinese() throws Exception {
    Path file = export(SampleBanks.chinese(), dir);
    try (XSSFWorkbook wb = open(file)) {
      XSSFSheet s = wb.getSheet(BankSheet.SHEET);
      assertThat(s.getPaneInformation().isFreezePane()).isTrue();
      assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(s.getCTWorksheet().isSetAutoFilter()).isTrue();
      List<List<String>> lists = new ArrayList<>();
      for (DataValidation v : s.getDataValidations()) {
        lists.add(List.of(v.getValidationConstraint().getExplicitListValues()));
        assertThat(v.getShowErrorBox()).isTrue();
      }
      assertThat(lists).containsExactlyInAnyOrder(
          List.of("true_false", "multiple_choice", "cloze", "matching", "ordering"),
          List.of("easy", "medium", "hard"),
          List.of("new", "approved", "rejected", "edited"));
      assertThat(s.getCTWorksheet().xmlText()).doesNotContain("showDropDown=\"1\"").doesNotContain("showDropDown=\"true\"");
      // the stem column is wide enough for a line of Chinese, and wraps
      int stem = 3;
      assertThat(s.getColumnWidth(stem) / 256).isGreaterThanOrEqualTo(40);
      assertThat(s.getRow(1).getCell(stem).getCellStyle().getWrapText()).isTrue();
    }
  }

  @Test
  void formulaLookingTextStaysText() throws Exception {
    Path file = export(SampleBanks.hostile(), dir);
    try (XSSFWorkbook wb = open(file)) {
      XSSFSheet s = wb.getSheet(BankSheet.SHEET);
      boolean sawEquals = false;
      for (Row row : s) {
        for (Cell c : row) {
          assertThat(c.getCellType()).isEqualTo(CellType.STRING);
          assertThat(c.getCellStyle().getQuotePrefixed()).isTrue();
          sawEquals |= c.getStringCellValue().startsWith("=");
        }
      }
      assertThat(sawEquals).isTrue();
      assertThat(s.getRow(1).getCell(3).getStringCellValue()).startsWith("=HYPERLINK(");
    }
    assertThat(file.getParent()).isEqualTo(dir);
  }

  @Test
  void sameBankGivesIdenticalBytes() throws Exception {
    Path a = export(SampleBanks.chinese(), dir.resolve("a"));
    Thread.sleep(2100);
    Path b = export(SampleBanks.chinese(), dir.resolve("b"));
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
  }
}
