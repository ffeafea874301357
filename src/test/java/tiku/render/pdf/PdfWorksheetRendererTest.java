package tiku.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tiku.io.InputException;
import tiku.model.Answer;
import tiku.model.ClozeStem;
import tiku.model.Language;
import tiku.model.Question;
import tiku.model.QuestionBank;
import tiku.model.QuestionType;
import tiku.render.RenderJob;
import tiku.render.RenderOptions;
import tiku.select.FormShuffler;
import tiku.testing.SampleBanks;

class PdfWorksheetRendererTest {
  @TempDir Path dir;

  private final PdfWorksheetRenderer renderer = new PdfWorksheetRenderer();

  private List<Path> render(QuestionBank bank, RenderOptions o) throws IOException {
    return renderer.render(new RenderJob(bank, bank.questions(), o, dir));
  }

  @Test
  void writesWorksheetAndKeyNamedAfterTheDeck() throws IOException {
    List<Path> out = render(SampleBanks.chinese(), RenderOptions.defaults());
    assertThat(out).extracting(p -> p.getFileName().toString())
        .containsExactly("uk-vietnam-2025-worksheet.pdf", "uk-vietnam-2025-key.pdf");
    assertThat(out).allSatisfy(p -> assertThat(p).startsWith(dir));
  }

  @Test
  void everyFontIsEmbeddedAsASubset() throws IOException {
    List<Path> out = new ArrayList<>(render(SampleBanks.chinese(), RenderOptions.defaults()));
    out.addAll(render(SampleBanks.english(), RenderOptions.defaults().withKeyInline(true)));
    for (Path pdf : out) {
      try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
        int fonts = 0;
        for (PDPage page : doc.getPages()) {
          for (COSName name : page.getResources().getFontNames()) {
            PDFont f = page.getResources().getFont(name);
            fonts++;
            assertThat(f.isEmbedded()).as(pdf + " " + f.getName()).isTrue();
            assertThat(f).as(pdf + " " + f.getName()).isInstanceOf(PDType0Font.class);
            assertThat(f.getName()).as("subset tag").matches("[A-Z]{6}\\+NotoSansTC-(Regular|Bold)");
            assertThat(((PDType0Font) f).getDescendantFont().getFontDescriptor().getFontFile2())
                .as("TrueType outlines embedded").isNotNull();
          }
        }
        assertThat(fonts).isGreaterThan(0);
      }
    }
  }

  @Test
  void simplifiedChineseGetsTheScFont() throws IOException {
    QuestionBank zh = SampleBanks.chinese();
    Path sheet = render(zh, RenderOptions.defaults().withLanguage(Language.ZH_HANS)).get(0);
    try (PDDocument doc = Loader.loadPDF(sheet.toFile())) {
      PDPage page = doc.getPage(0);
      List<String> names = new ArrayList<>();
      for (COSName n : page.getResources().getFontNames()) {
        names.add(page.getResources().getFont(n).getName());
      }
      assertThat(names).allMatch(n -> n.contains("NotoSansSC"));
    }
    assertThat(PdfFixtures.text(sheet)).contains("班级").contains("判断题");
  }

  @Test
  void extractedTextHoldsEveryStem() throws IOException {
    for (QuestionBank bank : List.of(SampleBanks.chinese(), SampleBanks.english(), SampleBanks.hostile(), PdfFixtures.seedBank(40))) {
      String text = PdfFixtures.squeeze(PdfFixtures.text(render(bank, RenderOptions.defaults()).get(0)));
      for (Question q : bank.questions()) {
        String stem = PdfText.clean(q.stem());
        if (q.type() == QuestionType.CLOZE) {
          // the blanks are redrawn to fit the answer; the words around them are printed as they are
          for (String seg : ClozeStem.parse(stem).segments()) {
            assertThat(text).as(q.id()).contains(PdfFixtures.squeeze(seg));
          }
        } else {
          assertThat(text).as(q.id()).contains(PdfFixtures.squeeze(stem));
        }
      }
    }
  }

  @Test
  void sharedDocumentsRenderInTheirOwnScriptAndFont() throws IOException {
    QuestionBank hans = PdfFixtures.sentenceBank(PdfFixtures.doc("08-cn-uae-csp-2019-zh-hans.txt"), Language.ZH_HANS,
        "cn-uae-2019", "中华人民共和国和阿拉伯联合酋长国关于加强全面战略伙伴关系的联合声明", 30);
    QuestionBank en = PdfFixtures.sentenceBank(PdfFixtures.doc("05-us-uk-2021-en.txt"), Language.EN,
        "us-uk-2021", "US-UK Joint Statement", 30);
    for (QuestionBank bank : List.of(hans, en)) {
      List<Path> files = render(bank, RenderOptions.defaults());
      Path sheet = files.get(0);
      String flat = PdfFixtures.squeeze(PdfFixtures.text(sheet));
      for (Question q : bank.questions()) {
        String probe = q.type() == QuestionType.CLOZE ? ClozeStem.parse(q.stem()).segments().get(0) : q.stem();
        assertThat(flat).as(q.id()).contains(PdfFixtures.squeeze(probe));
      }
      assertNoLineStartsWithClosingPunctuation(PdfFixtures.text(sheet));
      // the key quotes its sources the way the script does: “…” in Simplified Chinese, not 「…」
      String key = PdfFixtures.text(files.get(1));
      if (bank == hans) {
        assertThat(key).contains("“").doesNotContain("「");
      }
    }
    assertThat(PdfFixtures.text(dir.resolve("cn-uae-2019-worksheet.pdf"))).contains("一、判断题").contains("页");
  }

  @Test
  void noLineStartsWithClosingPunctuation() throws IOException {
    QuestionBank bank = PdfFixtures.seedBank(40);
    String text = PdfFixtures.text(render(bank, RenderOptions.defaults()).get(0));
    assertThat(assertNoLineStartsWithClosingPunctuation(text)).isGreaterThan(100);
  }

  private static int assertNoLineStartsWithClosingPunctuation(String text) {
    int wrapped = 0;
    for (String line : text.split("\\R")) {
      String l = line.strip();
      if (l.isEmpty()) {
        continue;
      }
      wrapped++;
      assertThat(CjkSplitCharacter.CLOSING.indexOf(l.charAt(0))).as("line starts with closing punctuation: " + l).isLessThan(0);
    }
    return wrapped;
  }

  @Test
  void fortyQuestionWorksheetIsSmall() throws IOException {
    QuestionBank bank = PdfFixtures.seedBank(40);
    for (Path p : render(bank, RenderOptions.defaults())) {
      assertThat(Files.size(p)).as(p.toString()).isLessThanOrEqualTo(400 * 1024);
    }
  }

  @Test
  void sameInputAndSeedGiveTheSameBytes() throws IOException {
    QuestionBank bank = PdfFixtures.seedBank(15);
    RenderOptions o = RenderOptions.defaults().withForms(List.of("A", "B")).withSeed(7);
    List<Path> first = renderer.render(new RenderJob(bank, bank.questions(), o, dir.resolve("one")));
    List<Path> second = renderer.render(new RenderJob(bank, bank.questions(), o, dir.resolve("two")));
    assertThat(first).hasSize(4);
    for (int i = 0; i < first.size(); i++) {
      assertThat(Files.readAllBytes(second.get(i))).as(first.get(i).toString()).isEqualTo(Files.readAllBytes(first.get(i)));
    }
    String raw = new String(Files.readAllBytes(first.get(0)), java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(raw).doesNotContain("/CreationDate").doesNotContain("/ModDate");
  }

  @Test
  void formsHoldTheSameQuestionsInTheirOwnOrderWithMatchingKeys() throws IOException {
    QuestionBank bank = PdfFixtures.seedBank(20);
    RenderOptions o = RenderOptions.defaults().withForms(List.of("A", "B")).withSeed(3);
    List<Path> out = render(bank, o);
    assertThat(out).extracting(p -> p.getFileName().toString()).containsExactly(
        "seed-sentences-worksheet-A.pdf", "seed-sentences-key-A.pdf", "seed-sentences-worksheet-B.pdf", "seed-sentences-key-B.pdf");
    List<List<String>> orders = new ArrayList<>();
    for (String form : List.of("A", "B")) {
      List<Question> expected = FormShuffler.form(bank.questions(), form, o.seed());
      String sheet = PdfFixtures.squeeze(PdfFixtures.text(dir.resolve("seed-sentences-worksheet-" + form + ".pdf")));
      assertThat(sheet).contains(form + "卷");
      List<String> ids = new ArrayList<>();
      int last = -1;
      for (Question q : expected) {
        String probe = PdfFixtures.squeeze(q.type() == QuestionType.CLOZE ? ClozeStem.parse(q.stem()).segments().get(0) : q.stem());
        int at = sheet.indexOf(probe);
        assertThat(at).as(form + " " + q.id()).isGreaterThan(last);
        last = at;
        ids.add(q.id());
      }
      orders.add(ids);
      checkKey(expected, PdfFixtures.text(dir.resolve("seed-sentences-key-" + form + ".pdf")), form);
    }
    assertThat(orders.get(0)).containsExactlyInAnyOrderElementsOf(orders.get(1)).isNotEqualTo(orders.get(1));
  }

  /** Each key line "n answer …" gives the letter this form printed for its answer. */
  private static void checkKey(List<Question> form, String keyText, String label) {
    assertThat(keyText).contains(label + "卷");
    int checked = 0;
    for (int i = 0; i < form.size(); i++) {
      Question q = form.get(i);
      int n = i + 1;
      String expected;
      if (q.answer() instanceof Answer.Choice c) {
        expected = tiku.render.OptionLetters.bracketed(q.options().indexOf(c.option()));
      } else if (q.answer() instanceof Answer.Sequence s) {
        expected = String.join("→", s.items().stream().map(it -> String.valueOf((char) ('A' + q.options().indexOf(it)))).toList());
      } else if (q.answer() instanceof Answer.Truth t) {
        expected = t.value() ? "○" : "×";
      } else {
        continue;
      }
      Matcher m = Pattern.compile("(?m)^\\s*" + n + "\\s+(.*)$").matcher(keyText);
      assertThat(m.find()).as("key line for " + n).isTrue();
      assertThat(PdfFixtures.squeeze(m.group(1))).as("key " + label + " " + n + " " + q.id()).startsWith(expected);
      checked++;
    }
    assertThat(checked).isGreaterThan(5);
  }

  @Test
  void englishDocumentsGetEnglishLabels() throws IOException {
    String text = PdfFixtures.text(render(SampleBanks.english(), RenderOptions.defaults()).get(0));
    assertThat(text).contains("Class").contains("Name").contains("Part I.").contains("Page 1 of 1");
    assertThat(text).doesNotContain("班級").doesNotContain("頁");
  }

  @Test
  void classroomLayoutHasFieldsSectionsPointsAndPageNumbers() throws IOException {
    QuestionBank bank = PdfFixtures.seedBank(40);
    Path sheet = render(bank, RenderOptions.defaults().withPoints(5).withTitle("第三課 學習單")).get(0);
    String text = PdfFixtures.text(sheet);
    String flat = PdfFixtures.squeeze(text);
    assertThat(flat).contains("第三課學習單").contains("資料來源：英越全面戰略夥伴關係聯合聲明").contains("日期：2025-10-31");
    assertThat(flat).contains("班級：").contains("座號：").contains("姓名：").contains("得分：");
    int[] at = {flat.indexOf("一、是非題"), flat.indexOf("二、選擇題"), flat.indexOf("三、填充題"), flat.indexOf("四、配合題"), flat.indexOf("五、排序題")};
    for (int i = 0; i < at.length; i++) {
      assertThat(at[i]).as("section " + i).isGreaterThanOrEqualTo(0);
      if (i > 0) {
        assertThat(at[i]).isGreaterThan(at[i - 1]);
      }
    }
    assertThat(flat).contains("（每題5分，共40分）").contains("本卷共40題，滿分200分");
    try (PDDocument doc = Loader.loadPDF(sheet.toFile())) {
      int pages = doc.getNumberOfPages();
      assertThat(pages).isGreaterThan(1);
      assertThat(flat).contains("第1頁／共" + pages + "頁").contains("第" + pages + "頁／共" + pages + "頁");
    }
  }

  @Test
  void keyInlineFollowsTheWorksheetInOneFile() throws IOException {
    List<Path> out = render(SampleBanks.chinese(), RenderOptions.defaults().withKeyInline(true));
    assertThat(out).hasSize(1);
    String flat = PdfFixtures.squeeze(PdfFixtures.text(out.get(0)));
    assertThat(flat.indexOf("答案卷")).isGreaterThan(flat.indexOf("五、排序題"));
    assertThat(flat).contains("出處：第23條");
  }

  @Test
  void keyNamesTheSourceOfEveryAnswer() throws IOException {
    for (QuestionBank bank : List.of(SampleBanks.chinese(), SampleBanks.english())) {
      String key = PdfFixtures.squeeze(PdfFixtures.text(render(bank, RenderOptions.defaults()).get(1)));
      tiku.render.Labels labels = tiku.render.Labels.of(bank.source().language());
      for (Question q : bank.questions()) {
        assertThat(key).as(q.id()).contains(PdfFixtures.squeeze(q.source().quote())).contains(PdfFixtures.squeeze(q.explanation()));
        if (q.source().clause() != null) {
          assertThat(key).as(q.id()).contains(PdfFixtures.squeeze(labels.clause(q.source())));
        }
      }
    }
  }

  @Test
  void letterPaper() throws IOException {
    Path sheet = render(SampleBanks.english(), RenderOptions.defaults().withPaper("Letter")).get(0);
    try (PDDocument doc = Loader.loadPDF(sheet.toFile())) {
      assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
      assertThat(doc.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
    }
    assertThatThrownBy(() -> render(SampleBanks.english(), RenderOptions.defaults().withPaper("B5")))
        .isInstanceOf(InputException.class).hasMessageContaining("A4 or Letter");
  }

  @Test
  void badFormLabelsAreRefused() {
    assertThatThrownBy(() -> render(SampleBanks.chinese(), RenderOptions.defaults().withForms(List.of("../x"))))
        .isInstanceOf(InputException.class).hasMessageContaining("form label");
  }

  @Test
  void questionsAndHeadingsAreNeverSplitFromWhatFollowsThem() throws IOException {
    QuestionBank bank = PdfFixtures.seedBank(40);
    Path sheet = render(bank, RenderOptions.defaults()).get(0);
    List<String> pages = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(sheet.toFile())) {
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        org.apache.pdfbox.text.PDFTextStripper s = new org.apache.pdfbox.text.PDFTextStripper();
        s.setSortByPosition(true);
        s.setStartPage(p);
        s.setEndPage(p);
        pages.add(PdfFixtures.squeeze(s.getText(doc)));
      }
    }
    assertThat(pages.size()).isGreaterThan(2);
    for (Question q : bank.questions()) {
      String first = PdfFixtures.squeeze(q.type() == QuestionType.CLOZE ? ClozeStem.parse(q.stem()).segments().get(0) : q.stem());
      String last = q.options().isEmpty() ? first : PdfFixtures.squeeze(q.options().get(q.options().size() - 1));
      assertThat(pages).as("stem and last option of " + q.id() + " on one page")
          .anyMatch(page -> page.contains(first) && page.contains(last));
    }
    String[] headings = {"一、是非題", "二、選擇題", "三、填充題", "四、配合題", "五、排序題"};
    for (int i = 0; i < headings.length; i++) {
      QuestionType type = QuestionType.values()[i];
      Question firstOfSection = bank.questions().stream().filter(q -> q.type() == type).findFirst().orElseThrow();
      String stem = PdfFixtures.squeeze(firstOfSection.type() == QuestionType.CLOZE
          ? ClozeStem.parse(firstOfSection.stem()).segments().get(0) : firstOfSection.stem());
      String heading = headings[i];
      assertThat(pages).as(heading + " with its first question").anyMatch(page -> page.contains(heading) && page.contains(stem));
    }
  }
}
