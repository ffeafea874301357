package tiku.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tiku.io.InputException;
import tiku.model.Answer;
import tiku.model.Difficulty;
import tiku.model.Question;
import tiku.model.QuestionBank;
import tiku.model.QuestionType;
import tiku.model.Status;
import tiku.render.RenderJob;
import tiku.render.RenderOptions;
import tiku.render.xlsx.XlsxBankRenderer;
import tiku.testing.SampleBanks;

class XlsxBankImporterTest {
  @TempDir Path dir;

  private Path export(QuestionBank bank) throws Exception {
    return new XlsxBankRenderer().render(new RenderJob(bank, bank.questions(), RenderOptions.defaults(), dir)).get(0);
  }

  /** Opens the exported sheet, lets the test edit it as a teacher would, saves it as a new file. */
  private Path edit(Path file, Consumer<Sheet> edits) throws Exception {
    Path out = dir.resolve("edited-" + System.nanoTime() + ".xlsx");
    try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      edits.accept(new Sheet(wb.getSheet("Questions")));
      try (OutputStream os = Files.newOutputStream(out)) {
        wb.write(os);
      }
    }
    return out;
  }

  /** The sheet addressed by question id and header name. */
  record Sheet(XSSFSheet s) {
    int col(String header) {
      for (Cell c : s.getRow(0)) {
        if (c.getStringCellValue().equals(header)) {
          return c.getColumnIndex();
        }
      }
      throw new AssertionError("no column " + header);
    }

    Row row(String id) {
      for (Row r : s) {
        if (r.getRowNum() > 0 && r.getCell(0).getStringCellValue().equals(id)) {
          return r;
        }
      }
      throw new AssertionError("no row " + id);
    }

    void set(String id, String header, String value) {
      Row r = row(id);
      Cell c = r.getCell(col(header));
      if (c == null) {
        c = r.createCell(col(header));
      }
      c.setCellValue(value);
    }

    Row newRow() {
      return s.createRow(s.getLastRowNum() + 1);
    }
  }

  private static Question byId(QuestionBank b, String id) {
    return b.questions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
  }

  private static Question withStem(Question q, String stem, Status st) {
    return new Question(q.id(), q.type(), q.family(), stem, q.options(), q.answer(), q.explanation(), q.difficulty(),
        q.pillar(), q.tags(), st, q.source());
  }

  @Test
  void unchangedSheetGivesTheSameBank() throws Exception {
    for (QuestionBank bank : List.of(SampleBanks.chinese(), SampleBanks.english(), SampleBanks.hostile())) {
      Path file = export(bank);
      XlsxBankImporter.Result r = XlsxBankImporter.read(file, bank);
      assertThat(r.bank()).isEqualTo(bank);
      assertThat(r.unchanged()).isEqualTo(bank.questions().size());
    }
  }

  @Test
  void exactlyTheTeachersEditsComeBack() throws Exception {
    QuestionBank bank = SampleBanks.chinese();
    String newStem = "=依聯合聲明，越南與英國於哪一年正式建交？";
    Path file = edit(export(bank), s -> {
      s.set("zh-mc-1", "stem", newStem); // edited text → edited
      s.set("zh-tf-1", "status", "approved"); // status only
      s.set("zh-mc-2", "answer", "A"); // edited answer, but the row says rejected
      s.set("zh-mc-2", "status", "rejected");
      s.set("zh-cloze-1", "difficulty", "medium");
      Row n = s.newRow(); // a question the teacher adds
      n.createCell(s.col("type")).setCellValue("true_false");
      n.createCell(s.col("stem")).setCellValue("英國與越南於2025年提升為全面戰略夥伴關係。");
      n.createCell(s.col("answer")).setCellValue("○");
      n.createCell(s.col("difficulty")).setCellValue("easy");
      n.createCell(s.col("status")).setCellValue("new");
      n.createCell(s.col("source clause")).setCellValue("2");
      n.createCell(s.col("source quote")).setCellValue("宣布將兩國關係提升為全面戰略夥伴關係");
    });
    XlsxBankImporter.Result r = XlsxBankImporter.read(file, bank);
    QuestionBank got = r.bank();
    assertThat(r.edited()).isEqualTo(3);
    assertThat(r.statusChanged()).isEqualTo(1);
    assertThat(r.added()).isEqualTo(1);
    assertThat(got.questions()).hasSize(bank.questions().size() + 1);

    assertThat(byId(got, "zh-mc-1")).isEqualTo(withStem(byId(bank, "zh-mc-1"), newStem, Status.EDITED));
    assertThat(byId(got, "zh-tf-1")).isEqualTo(byId(bank, "zh-tf-1").withStatus(Status.APPROVED));
    Question mc2 = byId(bank, "zh-mc-2");
    assertThat(byId(got, "zh-mc-2")).isEqualTo(new Question(mc2.id(), mc2.type(), mc2.family(), mc2.stem(), mc2.options(),
        new Answer.Choice(mc2.options().get(0)), mc2.explanation(), mc2.difficulty(), mc2.pillar(), mc2.tags(),
        Status.REJECTED, mc2.source()));
    Question cl = byId(bank, "zh-cloze-1");
    assertThat(byId(got, "zh-cloze-1")).isEqualTo(new Question(cl.id(), cl.type(), cl.family(), cl.stem(), cl.options(),
        cl.answer(), cl.explanation(), Difficulty.MEDIUM, cl.pillar(), cl.tags(), Status.EDITED, cl.source()));
    // everything else is untouched
    for (String id : List.of("zh-match-1", "zh-order-1")) {
      assertThat(byId(got, id)).isEqualTo(byId(bank, id));
    }
    Question added = got.questions().get(got.questions().size() - 1);
    assertThat(added.type()).isEqualTo(QuestionType.TRUE_FALSE);
    assertThat(added.answer()).isEqualTo(new Answer.Truth(true));
    assertThat(added.options()).containsExactly("○", "×");
    // a teacher's question must survive regeneration, which replaces only "new" ones
    assertThat(added.status()).isEqualTo(Status.EDITED);
    assertThat(added.id()).isNotBlank().doesNotContain(" ");
    assertThat(added.source()).isEqualTo(new tiku.model.QuestionSource(2, "2", "宣布將兩國關係提升為全面戰略夥伴關係"));
    // the same sheet gives the same new id
    assertThat(XlsxBankImporter.merge(file, bank).questions().get(got.questions().size() - 1).id()).isEqualTo(added.id());
    // and the merged bank writes and reads back as bank.json
    Path json = dir.resolve("bank.json");
    BankJson.write(json, got);
    assertThat(BankJson.read(json)).isEqualTo(got);
  }

  @Test
  void matchingAndOrderingAnswersByLetterOrText() throws Exception {
    QuestionBank bank = SampleBanks.english();
    Path file = edit(export(bank), s -> {
      s.set("en-order-1", "answer", "Atlantic Charter of 1941, NATO founded, G7 Summit"); // same order, by text
      s.set("en-match-1", "answer", "Joseph R. Biden = A\nBoris Johnson = B"); // same pairs, by letter
    });
    XlsxBankImporter.Result r = XlsxBankImporter.read(file, bank);
    assertThat(r.bank()).isEqualTo(bank);
    Path swapped = edit(export(bank), s -> s.set("en-order-1", "answer", "B A C"));
    Question q = byId(XlsxBankImporter.merge(swapped, bank), "en-order-1");
    assertThat(q.answer()).isEqualTo(new Answer.Sequence(List.of("Atlantic Charter of 1941", "G7 Summit", "NATO founded")));
    assertThat(q.status()).isEqualTo(Status.EDITED);
  }

  @Test
  void aBadRowNamesSheetRowAndColumnAndChangesNothing() throws Exception {
    QuestionBank bank = SampleBanks.chinese();
    Path json = dir.resolve("bank.json");
    BankJson.write(json, bank);
    byte[] before = Files.readAllBytes(json);
    Path file = edit(export(bank), s -> {
      s.set("zh-mc-1", "stem", "changed"); // a good edit on an earlier row must not be written either
      s.set("zh-mc-2", "answer", "E");
    });
    assertThatThrownBy(() -> BankJson.write(json, XlsxBankImporter.merge(file, bank)))
        .isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(((InputException) e).oneLine())
            .isEqualTo(file + ": sheet Questions, row 4, column I (answer): \"E\" is not one of the options (A–D)"));
    assertThat(Files.readAllBytes(json)).isEqualTo(before);
  }

  @Test
  void otherBadCellsAreNamedToo() throws Exception {
    QuestionBank bank = SampleBanks.chinese();
    List<String[]> cases = new ArrayList<>();
    cases.add(new String[] {"zh-tf-1", "type", "essay", "column B (type): unknown question type \"essay\""});
    cases.add(new String[] {"zh-tf-1", "difficulty", "trivial", "column K (difficulty): unknown difficulty \"trivial\""});
    cases.add(new String[] {"zh-tf-1", "status", "maybe", "column Q (status): unknown status \"maybe\""});
    cases.add(new String[] {"zh-tf-1", "answer", "perhaps", "column I (answer): \"perhaps\" is not true or false"});
    cases.add(new String[] {"zh-cloze-1", "stem", "沒有空格的句子。", "column D (stem): a cloze stem needs at least one blank"});
    cases.add(new String[] {"zh-mc-1", "pillar", "9", "column L (pillar): \"9\" is not a pillar of this document (1, 2;"});
    cases.add(new String[] {"zh-mc-1", "option B", "", "column G (option C): option B is empty but this one is not"});
    cases.add(new String[] {"zh-mc-1", "source quote", " ", "column P (source quote): the source quote is empty"});
    for (String[] c : cases) {
      if (c[0].equals("nope")) {
        continue;
      }
      Path file = edit(export(bank), s -> s.set(c[0], c[1], c[2]));
      assertThatThrownBy(() -> XlsxBankImporter.merge(file, bank))
          .isInstanceOf(InputException.class)
          .satisfies(e -> assertThat(((InputException) e).oneLine()).contains("sheet Questions, row ").contains(c[3]));
    }
    Path unknownId = edit(export(bank), s -> s.set("zh-tf-1", "id", "zh-gone"));
    assertThatThrownBy(() -> XlsxBankImporter.merge(unknownId, bank))
        .satisfies(e -> assertThat(((InputException) e).oneLine()).contains("row 2, column A (id): no question \"zh-gone\""));
  }

  @Test
  void aFormulaTypedInExcelIsReadAsItsText() throws Exception {
    QuestionBank bank = SampleBanks.chinese();
    Path file = edit(export(bank), s -> s.row("zh-mc-1").getCell(s.col("stem")).setCellFormula("1+1"));
    assertThat(byId(XlsxBankImporter.merge(file, bank), "zh-mc-1").stem()).isEqualTo("=1+1");
  }

  @Test
  void notAWorkbookIsAOneLineError() throws Exception {
    Path fake = dir.resolve("fake.xlsx");
    Files.writeString(fake, "id,type\n1,2\n");
    assertThatThrownBy(() -> XlsxBankImporter.merge(fake, SampleBanks.chinese()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("not an .xlsx workbook");
  }
}
