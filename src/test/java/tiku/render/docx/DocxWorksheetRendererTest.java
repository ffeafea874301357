package tiku.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tiku.model.Answer;
import tiku.model.ClozeStem;
import tiku.model.Question;
import tiku.model.QuestionBank;
import tiku.render.RenderJob;
import tiku.render.RenderOptions;
import tiku.testing.SampleBanks;

class DocxWorksheetRendererTest {
  @TempDir Path dir;

  private List<Path> render(QuestionBank bank, RenderOptions opt, Path out) throws Exception {
    return new DocxWorksheetRenderer().render(new RenderJob(bank, bank.questions(), opt, out));
  }

  private static XWPFDocument open(Path p) throws Exception {
    try (InputStream in = Files.newInputStream(p)) {
      return new XWPFDocument(in);
    }
  }

  private static String text(Path p) throws Exception {
    try (XWPFDocument doc = open(p); XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
      return x.getText();
    }
  }

  /** The stem as a student reads it: cloze blanks become the drawn lines. */
  private static List<String> stemPieces(Question q) {
    if (q.type() == tiku.model.QuestionType.CLOZE) {
      return ClozeStem.parse(q.stem()).segments().stream().filter(s -> !s.isEmpty()).toList();
    }
    return List.of(q.stem());
  }

  @Test
  void worksheetHoldsEveryStemAndOptionAndTheKeyEveryAnswerAndSource() throws Exception {
    QuestionBank bank = SampleBanks.chinese();
    List<Path> files = render(bank, RenderOptions.defaults(), dir);
    assertThat(files).extracting(p -> p.getFileName().toString())
        .containsExactly("uk-vietnam-2025-worksheet.docx", "uk-vietnam-2025-key.docx");
    String sheet = text(files.get(0));
    String key = text(files.get(1));
    for (Question q : bank.questions()) {
      for (String piece : stemPieces(q)) {
        assertThat(sheet).contains(piece);
      }
      for (String o : q.options()) {
        if (q.type() != tiku.model.QuestionType.TRUE_FALSE) {
          assertThat(sheet).contains(o);
        }
      }
      assertThat(key).contains(q.source().quote());
      if (q.answer() instanceof Answer.Blanks b) {
        assertThat(sheet).doesNotContain(b.texts().get(0));
        assertThat(key).contains(b.texts().get(0));
      }
    }
    assertThat(sheet).contains("班級", "座號", "姓名", "得分", "是非題", "選擇題", "填充題", "配合題", "排序題");
    assertThat(sheet).contains("每題2分，共4分"); // two multiple-choice questions
    assertThat(key).contains("第25條", "(A) 1973", "○".equals("○") ? "×" : "");
  }

  @Test
  void usesRealWordStylesNumberingAndEastAsianFonts() throws Exception {
    List<Path> files = render(SampleBanks.chinese(), RenderOptions.defaults(), dir);
    try (XWPFDocument doc = open(files.get(0))) {
      List<String> styles = doc.getParagraphs().stream().map(XWPFParagraph::getStyle).toList();
      assertThat(styles).contains("Heading1", "Heading2", "ListNumber");
      assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
      assertThat(doc.getStyles().getStyle("ListNumber").getName()).isEqualTo("List Number");
      // every question paragraph is a real numbered list item, not typed-in numbers
      List<XWPFParagraph> items = doc.getParagraphs().stream().filter(p -> "ListNumber".equals(p.getStyle())).toList();
      assertThat(items).hasSize(SampleBanks.chinese().questions().size());
      assertThat(items).allSatisfy(p -> assertThat(p.getNumID()).isNotNull());
      assertThat(doc.getTables()).hasSize(1); // the matching question
      assertThat(doc.getTables().get(0).getStyleID()).isEqualTo("MatchingTable");
      assertThat(doc.getStyles().getStyle("MatchingTable").getName()).isEqualTo("Matching Table");
      String stylesXml = doc.getStyles().getCtStyles().xmlText();
      assertThat(stylesXml).contains("w:eastAsia=\"Noto Sans TC\"").contains("w:eastAsia=\"zh-TW\"");
      // Word's substitute for a missing Noto Sans TC is named in the font table
      var fontTable = doc.getPackage().getPartsByName(java.util.regex.Pattern.compile("/word/fontTable.xml"));
      assertThat(fontTable).hasSize(1);
      try (InputStream in = fontTable.get(0).getInputStream()) {
        String xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(xml).contains("w:name=\"Noto Sans TC\"").contains("w:altName w:val=\"Microsoft JhengHei\"");
      }
      String footer = doc.getHeaderFooterPolicy().getDefaultFooter()._getHdrFtr().xmlText();
      assertThat(doc.getHeaderFooterPolicy().getDefaultHeader().getText()).contains("英越全面戰略夥伴關係聯合聲明");
      assertThat(doc.getHeaderFooterPolicy().getFirstPageHeader().getText()).isBlank();
      assertThat(doc.getHeaderFooterPolicy().getFirstPageFooter()._getHdrFtr().xmlText()).contains("NUMPAGES");
      assertThat(footer).contains("PAGE").contains("NUMPAGES").contains("第 ").contains("頁／共 ");
    }
  }

  @Test
  void englishDocumentsGetEnglishLabelsAndSimplifiedGetsScFont() throws Exception {
    List<Path> files = render(SampleBanks.english(), RenderOptions.defaults(), dir);
    String sheet = text(files.get(0));
    assertThat(sheet).contains("Name", "Score", "Multiple Choice", "Atlantic Charter").doesNotContain("班級");
    QuestionBank hans = SampleBanks.chinese();
    List<Path> sc = render(hans, RenderOptions.defaults().withLanguage(tiku.model.Language.ZH_HANS), dir.resolve("sc"));
    try (XWPFDocument doc = open(sc.get(0))) {
      assertThat(doc.getStyles().getCtStyles().xmlText()).contains("w:eastAsia=\"Noto Sans SC\"");
    }
  }

  @Test
  void formsHoldTheSameQuestionsAndEachKeyMatchesItsForm() throws Exception {
    QuestionBank bank = SampleBanks.chinese();
    List<Path> files = render(bank, RenderOptions.defaults().withForms(List.of("A", "B")).withSeed(7), dir);
    assertThat(files).extracting(p -> p.getFileName().toString())
        .containsExactly("uk-vietnam-2025-worksheet-A.docx", "uk-vietnam-2025-key-A.docx",
            "uk-vietnam-2025-worksheet-B.docx", "uk-vietnam-2025-key-B.docx");
    for (int f = 0; f < 2; f++) {
      String sheet = text(files.get(2 * f));
      String key = text(files.get(2 * f + 1));
      // the letter the key gives for each multiple-choice question names the right option in this form
      for (Question q : bank.questions()) {
        if (q.answer() instanceof Answer.Choice c) {
          int at = sheet.indexOf(q.stem());
          String after = sheet.substring(at);
          String letter = after.substring(after.indexOf(" " + c.option()) - 3, after.indexOf(" " + c.option()));
          assertThat(key).contains(letter + " " + c.option());
        }
      }
    }
  }

  @Test
  void hostileTextIsEscapedAndSurvives() throws Exception {
    QuestionBank bank = SampleBanks.hostile();
    List<Path> files = render(bank, RenderOptions.defaults(), dir);
    assertThat(files.get(0).getParent()).isEqualTo(dir);
    assertThat(text(files.get(0))).contains(SampleBanks.HOSTILE);
  }

  @Test
  void sameInputAndSeedGiveIdenticalBytes() throws Exception {
    RenderOptions opt = RenderOptions.defaults().withForms(List.of("A", "B")).withSeed(3);
    List<Path> a = render(SampleBanks.chinese(), opt, dir.resolve("a"));
    Thread.sleep(2100); // a zip time or a created date from the clock would now differ
    List<Path> b = render(SampleBanks.chinese(), opt, dir.resolve("b"));
    for (int i = 0; i < a.size(); i++) {
      assertThat(Files.readAllBytes(a.get(i))).isEqualTo(Files.readAllBytes(b.get(i)));
    }
  }

  @Test
  void keyInlineFollowsTheWorksheetInOneFile() throws Exception {
    List<Path> files = render(SampleBanks.chinese(), RenderOptions.defaults().withKeyInline(true), dir);
    assertThat(files).hasSize(1);
    String all = text(files.get(0));
    assertThat(all.indexOf("答案卷")).isGreaterThan(all.indexOf("排序題"));
  }
}
