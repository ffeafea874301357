package tiku.render.kahoot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tiku.model.Answer;
import tiku.model.Difficulty;
import tiku.model.Question;
import tiku.model.QuestionBank;
import tiku.model.QuestionSource;
import tiku.model.QuestionType;
import tiku.model.Status;
import tiku.render.Labels;
import tiku.render.RenderJob;
import tiku.render.RenderOptions;
import tiku.render.RenderReport;
import tiku.render.Skipped;
import tiku.testing.SampleBanks;

class KahootRendererTest {
  @TempDir Path dir;

  /** A row read back from the file: question, answers, time limit, correct numbers. */
  record ReadRow(String question, List<String> answers, double time, String correct, boolean quotePrefixed) {}

  private RenderReport render(QuestionBank bank, Path out) throws Exception {
    return new KahootRenderer().report(new RenderJob(bank, bank.questions(), RenderOptions.defaults(), out));
  }

  private static Map<String, ReadRow> readBack(Path file, List<String> ids) throws Exception {
    Map<String, ReadRow> rows = new LinkedHashMap<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
      XSSFSheet sheet = wb.getSheetAt(0);
      for (Row row : sheet) {
        for (Cell cell : row) {
          assertThat(cell.getCellType()).as("cell " + cell.getAddress()).isNotEqualTo(CellType.FORMULA);
        }
      }
      Row head = sheet.getRow(KahootSheet.HEADING_ROW);
      assertThat(head.getCell(1).getStringCellValue()).isEqualTo("Question - max 120 characters");
      assertThat(head.getCell(6).getStringCellValue()).startsWith("Time limit (sec)");
      assertThat(head.getCell(7).getStringCellValue()).startsWith("Correct answer(s)");
      for (int i = 0; i < ids.size(); i++) {
        Row row = sheet.getRow(KahootSheet.HEADING_ROW + 1 + i);
        assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(i + 1);
        assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.STRING);
        List<String> answers = new ArrayList<>();
        boolean quoted = row.getCell(1).getCellStyle().getQuotePrefixed();
        for (int c = 2; c <= 5; c++) {
          Cell a = row.getCell(c);
          if (a != null) {
            assertThat(a.getCellType()).isEqualTo(CellType.STRING);
            answers.add(a.getStringCellValue());
            quoted |= a.getCellStyle().getQuotePrefixed();
          }
        }
        Cell correct = row.getCell(7);
        String c = correct.getCellType() == CellType.NUMERIC
            ? String.valueOf((int) correct.getNumericCellValue()) : correct.getStringCellValue();
        rows.put(ids.get(i), new ReadRow(row.getCell(1).getStringCellValue(), answers,
            row.getCell(6).getNumericCellValue(), c, quoted));
      }
      assertThat(sheet.getRow(KahootSheet.HEADING_ROW + 1 + ids.size()) == null).as("no row after the last question").isTrue();
    }
    return rows;
  }

  private static List<String> fitted(QuestionBank bank, RenderReport report) {
    List<String> skipped = report.skipped().stream().map(Skipped::questionId).toList();
    return bank.questions().stream().map(Question::id).filter(id -> !skipped.contains(id)).toList();
  }

  @Test
  void choiceQuestionsReadBackWithTheRightAnswerNumbers() throws Exception {
    QuestionBank bank = SampleBanks.chinese();
    RenderReport report = render(bank, dir);
    assertThat(report.files().get(0).getFileName().toString()).isEqualTo("uk-vietnam-2025-kahoot.xlsx");
    assertThat(report.skipped()).extracting(Skipped::questionId).containsExactly("zh-cloze-1", "zh-match-1", "zh-order-1");
    List<String> ids = fitted(bank, report);
    assertThat(ids).containsExactly("zh-tf-1", "zh-mc-1", "zh-mc-2");
    Map<String, ReadRow> rows = readBack(report.files().get(0), ids);
    Labels labels = Labels.of(bank.source().language());
    for (Question q : bank.questions()) {
      ReadRow r = rows.get(q.id());
      if (r == null) {
        continue;
      }
      assertThat(r.question()).isEqualTo(q.stem());
      assertThat(r.question().codePointCount(0, r.question().length())).isLessThanOrEqualTo(120);
      assertThat(r.answers()).allSatisfy(a -> assertThat(a.codePointCount(0, a.length())).isLessThanOrEqualTo(75));
      assertThat(KahootLimits.TIME_LIMITS).contains((int) r.time());
      int n = Integer.parseInt(r.correct());
      if (q.answer() instanceof Answer.Choice c) {
        assertThat(r.answers()).containsExactlyElementsOf(q.options());
        assertThat(r.answers().get(n - 1)).isEqualTo(c.option());
      } else {
        assertThat(r.answers()).containsExactly(labels.get("true.word"), labels.get("false.word"));
        assertThat(n).isEqualTo(((Answer.Truth) q.answer()).value() ? 1 : 2);
      }
    }
    // a longer question with longer answers gets at least as much time
    assertThat(rows.get("zh-mc-2").time()).isGreaterThanOrEqualTo(rows.get("zh-mc-1").time());
  }

  @Test
  void questionsThatDoNotFitAreReportedWholeNotCut() throws Exception {
    String at120 = "問".repeat(119) + "？";
    String at121 = "問".repeat(120) + "？";
    String longAnswer = "This answer goes on and on, well past what a Kahoot tile can hold on screen.";
    assertThat(longAnswer.length()).isEqualTo(76);
    QuestionBank bank = SampleBanks.chinese().withQuestions(List.of(
        mc("fits-120", at120, List.of("甲", "乙"), "乙"),
        mc("too-long", at121, List.of("甲", "乙"), "甲"),
        mc("five-options", "哪一個？", List.of("甲", "乙", "丙", "丁", "戊"), "戊"),
        mc("long-answer", "Which?", List.of("short", longAnswer), "short"),
        mc("emoji-75", "Which?", List.of("😀".repeat(75), "b"), "b")));
    RenderReport report = render(bank, dir);
    Map<String, String> why = new LinkedHashMap<>();
    report.skipped().forEach(s -> why.put(s.questionId(), s.reason()));
    assertThat(why.keySet()).containsExactly("too-long", "five-options", "long-answer");
    assertThat(why.get("too-long")).contains("121 characters", "120");
    assertThat(why.get("five-options")).contains("5 options", "4");
    assertThat(why.get("long-answer")).contains("answer 2", "76 characters", "75");
    Map<String, ReadRow> rows = readBack(report.files().get(0), List.of("fits-120", "emoji-75"));
    assertThat(rows.get("fits-120").question()).isEqualTo(at120);
    assertThat(rows.get("fits-120").correct()).isEqualTo("2");
    // 120 漢字 and two answers take a pupil more than 20 seconds to read
    assertThat(rows.get("fits-120").time()).isGreaterThan(20);
    assertThat(rows.get("emoji-75").answers().get(0)).isEqualTo("😀".repeat(75));
  }

  @Test
  void formulaPayloadsStayTextAndAreMarkedAsText() throws Exception {
    String stem = "=HYPERLINK(\"http://x\",\"{}#=~:<>&\")";
    List<String> options = List.of("=1+1", "+SUM(A1)", "-2+3", "@cmd <b>&</b>");
    QuestionBank hostile = SampleBanks.hostile();
    QuestionBank bank = hostile.withQuestions(List.of(mc("evil-short", stem, options, "@cmd <b>&</b>"),
        hostile.questions().get(0), hostile.questions().get(1)));
    RenderReport report = render(bank, dir);
    // the deck "../evil deck/CON" still writes inside the output folder
    assertThat(report.files().get(0).getParent()).isEqualTo(dir);
    // the sample's hostile multiple choice is longer than Kahoot allows: reported, not cut
    assertThat(report.skipped()).extracting(Skipped::questionId).containsExactly("evil-mc");
    Map<String, ReadRow> rows = readBack(report.files().get(0), List.of("evil-short", "evil-tf"));
    assertThat(rows.get("evil-tf").question()).isEqualTo(SampleBanks.HOSTILE);
    ReadRow r = rows.get("evil-short");
    assertThat(r.question()).isEqualTo(stem);
    assertThat(r.answers()).containsExactlyElementsOf(options);
    assertThat(r.correct()).isEqualTo("4");
    assertThat(r.quotePrefixed()).isTrue();
  }

  @Test
  void seedDocumentBankReadsBack() throws Exception {
    QuestionBank bank = tiku.testing.SeedQuestions.bank();
    RenderReport report = render(bank, dir);
    List<String> ids = fitted(bank, report);
    Map<String, ReadRow> rows = readBack(report.files().get(0), ids);
    for (Question q : bank.questions()) {
      ReadRow r = rows.get(q.id());
      if (r == null) {
        continue;
      }
      int n = Integer.parseInt(r.correct());
      if (q.answer() instanceof Answer.Choice c) {
        assertThat(r.answers().get(n - 1)).isEqualTo(c.option());
      }
      assertThat(r.question().codePointCount(0, r.question().length())).isLessThanOrEqualTo(KahootLimits.QUESTION);
    }
    assertThat(report.skipped()).allSatisfy(s -> assertThat(s.reason()).isNotBlank());
  }

  private static Question mc(String id, String stem, List<String> options, String key) {
    return new Question(id, QuestionType.MULTIPLE_CHOICE, "year", stem, options, new Answer.Choice(key), "", Difficulty.EASY,
        null, List.of(), Status.NEW, new QuestionSource(1, "1", "quote"));
  }
}
