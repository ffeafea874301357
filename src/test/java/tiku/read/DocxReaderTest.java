package tiku.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import tiku.io.InputException;
import tiku.model.Clause;
import tiku.model.Document;
import tiku.model.Paragraph;
import tiku.model.Section;

class DocxReaderTest {
  @TempDir Path dir;

  /** Word-style document: headings numbered 一、二、 by the Heading 1 style, clauses numbered from 5 by a list. */
  static final String TWIN =
      """
      英越全面戰略夥伴關係聯合聲明

      2025年10月28日，越南社會主義共和國與大不列顛及北愛爾蘭聯合王國發表聯合聲明。

      一、加強政治、外交、國防與安全合作

      5. 雙方同意每年舉行領導人高層會晤，並加強各層級交流。

      6. 雙方將加強國防合作，包括海上安全、維和及網路安全。

      二、加強經濟、貿易、投資與金融合作

      7. 雙方同意在「英越自由貿易協定」（UKVFTA）架構下擴大貿易。

      8. 英國支持越南於2030年前發展國際金融中心。

      協定\t簡稱\t生效

      英越自由貿易協定\tUKVFTA\t2021年

      UKVFTA於2021年5月1日生效。
      """;

  private static CTStyle style(CTStyles ct, String id, String name) {
    CTStyle s = ct.addNewStyle();
    s.setStyleId(id);
    s.setType(STStyleType.PARAGRAPH);
    s.addNewName().setVal(name);
    return s;
  }

  private static BigInteger list(XWPFNumbering numbering, int absId, STNumberFormat.Enum fmt, String text, int start) {
    CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
    abs.setAbstractNumId(BigInteger.valueOf(absId));
    CTLvl lvl = abs.addNewLvl();
    lvl.setIlvl(BigInteger.ZERO);
    lvl.addNewStart().setVal(BigInteger.valueOf(start));
    lvl.addNewNumFmt().setVal(fmt);
    lvl.addNewLvlText().setVal(text);
    return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering)));
  }

  private static void numbered(XWPFParagraph p, BigInteger numId) {
    CTNumPr n = p.getCTP().addNewPPr().addNewNumPr();
    n.addNewIlvl().setVal(BigInteger.ZERO);
    n.addNewNumId().setVal(numId);
  }

  private static XWPFParagraph para(XWPFDocument doc, String style, String text) {
    XWPFParagraph p = doc.createParagraph();
    if (style != null) {
      p.setStyle(style);
    }
    p.createRun().setText(text);
    return p;
  }

  /** The same document as {@link #TWIN}, as Word would store it: no number is in the text. */
  static byte[] twinDocx() throws Exception {
    try (XWPFDocument doc = new XWPFDocument()) {
      XWPFNumbering numbering = doc.createNumbering();
      BigInteger headings = list(numbering, 0, STNumberFormat.TAIWANESE_COUNTING_THOUSAND, "%1、", 1);
      BigInteger clauses = list(numbering, 1, STNumberFormat.DECIMAL, "%1.", 5);
      CTStyles ct = CTStyles.Factory.newInstance();
      style(ct, "Title", "Title");
      CTStyle h1 = style(ct, "Heading1", "heading 1");
      CTNumPr hn = h1.addNewPPr().addNewNumPr();
      hn.addNewNumId().setVal(headings);
      doc.createStyles().setStyles(ct);

      para(doc, "Title", "英越全面戰略夥伴關係聯合聲明");
      para(doc, null, "2025年10月28日，越南社會主義共和國與大不列顛及北愛爾蘭聯合王國發表聯合聲明。");
      para(doc, "Heading1", "加強政治、外交、國防與安全合作");
      numbered(para(doc, null, "雙方同意每年舉行領導人高層會晤，並加強各層級交流。"), clauses);
      numbered(para(doc, null, "雙方將加強國防合作，包括海上安全、維和及網路安全。"), clauses);
      para(doc, "Heading1", "加強經濟、貿易、投資與金融合作");
      // a second list instance of the same definition continues the count, as in Word
      BigInteger sameList = numbering.addNum(numbering.getAbstractNumID(clauses));
      numbered(para(doc, null, "雙方同意在「英越自由貿易協定」（UKVFTA）架構下擴大貿易。"), sameList);
      XWPFParagraph eight = para(doc, null, "英國支持越南於2030年前發展國際金融中心。");
      numbered(eight, clauses);
      XWPFTable t = doc.createTable(2, 3);
      String[][] cells = {{"協定", "簡稱", "生效"}, {"英越自由貿易協定", "UKVFTA", "2021年"}};
      for (int r = 0; r < 2; r++) {
        for (int c = 0; c < 3; c++) {
          t.getRow(r).getCell(c).setText(cells[r][c]);
        }
      }
      XWPFFootnote note = doc.createFootnote();
      note.createParagraph().createRun().setText("UKVFTA於2021年5月1日生效。");
      eight.addFootnoteReference(note); // the mark in the text is not part of the clause
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void docxGivesTheSameDocumentAsItsTextTwin() throws Exception {
    Twins twins = readTwins();
    Document d = twins.docx();
    Document t = twins.txt();

    assertThat(d.title()).isEqualTo("英越全面戰略夥伴關係聯合聲明").isEqualTo(t.title());
    assertThat(d.language()).isEqualTo(t.language());
    assertThat(d.content()).isEqualTo(t.content());
    assertThat(d.sections()).extracting(Section::number, Section::label, Section::heading)
        .containsExactlyElementsOf(t.sections().stream().map(s -> org.assertj.core.groups.Tuple.tuple(s.number(), s.label(), s.heading())).toList());
    assertThat(d.sections()).extracting(Section::label).containsExactly("一", "二");
    // the clause numbers are Word's list numbers (the list starts at 5), not paragraph positions
    assertThat(d.clauses()).extracting(Clause::label).containsExactly("5", "6", "7", "8");
    assertThat(d.clauses()).extracting(Clause::number, Clause::label, Clause::section, Clause::text)
        .containsExactlyElementsOf(t.clauses().stream()
            .map(c -> org.assertj.core.groups.Tuple.tuple(c.number(), c.label(), c.section(), c.text())).toList());
    assertThat(d.clauses().get(0).sentences()).extracting(s -> s.text())
        .containsExactlyElementsOf(t.clauses().get(0).sentences().stream().map(s -> s.text()).toList());
    assertThat(d.paragraphs()).extracting(Paragraph::text, Paragraph::section)
        .containsExactlyElementsOf(t.paragraphs().stream().map(p -> org.assertj.core.groups.Tuple.tuple(p.text(), p.section())).toList());
    assertThat(d.content()).contains("英越自由貿易協定 UKVFTA 2021年", "UKVFTA於2021年5月1日生效。");
    // every span points at its text in the document's source
    for (Clause c : d.clauses()) {
      assertThat(d.source().substring(c.span().start(), c.span().end())).contains(c.text());
    }
  }

  @Test
  void docxGivesTheSameFactsAndQuestionsAsItsTextTwin() throws Exception {
    Twins twins = readTwins();
    tiku.model.Facts fd = tiku.extract.FactExtractor.extract(twins.docx());
    tiku.model.Facts ft = tiku.extract.FactExtractor.extract(twins.txt());
    assertThat(fd.agreements()).extracting(a -> a.name()).containsExactlyElementsOf(ft.agreements().stream().map(a -> a.name()).toList());
    assertThat(fd.years()).extracting(y -> y.year()).containsExactlyElementsOf(ft.years().stream().map(y -> y.year()).toList());
    assertThat(fd.organizations()).extracting(o -> o.name()).containsExactlyElementsOf(ft.organizations().stream().map(o -> o.name()).toList());
    var qd = tiku.generate.QuestionGenerator.generate(fd);
    var qt = tiku.generate.QuestionGenerator.generate(ft);
    assertThat(qd).extracting(q -> q.stem()).containsExactlyElementsOf(qt.stream().map(q -> q.stem()).toList());
  }

  /** The twin statement read from a .docx and from its .txt. */
  private record Twins(Document docx, Document txt) {}

  private Twins readTwins() throws Exception {
    Path docx = dir.resolve("statement.docx");
    Files.write(docx, twinDocx());
    Path txt = dir.resolve("statement.txt");
    Files.writeString(txt, TWIN, StandardCharsets.UTF_8);
    return new Twins(Readers.read(docx, ReadOptions.defaults()), Readers.read(txt, ReadOptions.defaults()));
  }

  @Test
  void headingStylesMakeSectionsEvenWithoutNumbers() throws Exception {
    byte[] bytes;
    try (XWPFDocument doc = new XWPFDocument()) {
      CTStyles ct = CTStyles.Factory.newInstance();
      style(ct, "Heading1", "heading 1");
      CTStyle h2 = style(ct, "Sub", "My Subheading");
      h2.addNewPPr().addNewOutlineLvl().setVal(BigInteger.ONE);
      doc.createStyles().setStyles(ct);
      para(doc, "Heading1", "Defence and Security");
      para(doc, null, "The leaders agreed to deepen defence cooperation.");
      para(doc, "Sub", "Cyber");
      para(doc, null, "They will share threat information.");
      para(doc, "Heading1", "Science and Innovation");
      para(doc, null, "They launched a joint research programme.");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      bytes = out.toByteArray();
    }
    Path docx = dir.resolve("us-uk.docx");
    Files.write(docx, bytes);
    Document d = Readers.read(docx, ReadOptions.defaults());
    assertThat(d.sections()).extracting(Section::heading).containsExactly("Defence and Security", "Science and Innovation");
    assertThat(d.paragraphs()).extracting(Paragraph::text)
        .contains("The leaders agreed to deepen defence cooperation.", "Cyber");
    assertThat(d.paragraphs().stream().filter(p -> p.text().startsWith("They launched")).findFirst().orElseThrow().section())
        .isEqualTo(2);
  }

  @Test
  void docxIsRecognisedByItsBytesUnderAnotherName() throws Exception {
    Path renamed = dir.resolve("statement.bin");
    Files.write(renamed, twinDocx());
    assertThat(Readers.read(renamed, ReadOptions.defaults()).clauses()).hasSize(4);
  }

  @Test
  void brokenAndHostileDocxFilesAreOneLineErrors() throws Exception {
    Path notZip = dir.resolve("fake.docx");
    Files.writeString(notZip, "just text");
    assertThatThrownBy(() -> Readers.read(notZip, ReadOptions.defaults()))
        .isInstanceOf(InputException.class).hasMessageContaining("not a .docx");

    Path noWord = dir.resolve("empty.docx");
    Files.write(noWord, zip("hello.txt", "hi".getBytes(StandardCharsets.UTF_8)));
    assertThatThrownBy(() -> Readers.read(noWord, ReadOptions.defaults())).isInstanceOf(InputException.class);

    // 50 MB of zeros squeezed into a few kilobytes: refused before it is unpacked
    Path bomb = dir.resolve("bomb.docx");
    Files.write(bomb, zip("word/document.xml", new byte[50 * 1024 * 1024]));
    assertThat(Files.size(bomb)).isLessThan(200_000);
    assertThatThrownBy(() -> Readers.read(bomb, ReadOptions.defaults()))
        .isInstanceOf(InputException.class).hasMessageContaining("zip bomb");
  }

  private static byte[] zip(String name, byte[] data) throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(b)) {
      z.putNextEntry(new ZipEntry("[Content_Types].xml"));
      z.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry(name));
      z.write(data);
      z.closeEntry();
    }
    return b.toByteArray();
  }

  @Test
  void wordNumberFormats() {
    assertThat(NumberFormats.format(12, "taiwaneseCountingThousand")).isEqualTo("十二");
    assertThat(NumberFormats.format(48, "chineseCounting")).isEqualTo("四十八");
    assertThat(NumberFormats.format(105, "chineseCounting")).isEqualTo("一百零五");
    assertThat(NumberFormats.format(3, "ideographTraditional")).isEqualTo("丙");
    assertThat(NumberFormats.format(28, "upperLetter")).isEqualTo("BB");
    assertThat(NumberFormats.format(14, "lowerRoman")).isEqualTo("xiv");
    assertThat(NumberFormats.format(7, "decimalFullWidth")).isEqualTo("７");
    assertThat(List.of(NumberFormats.format(9, "decimal"))).containsExactly("9");
  }
}
