package tiku;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tiku.model.QuestionBank;
import tiku.read.ReadOptions;
import tiku.render.RenderOptions;
import tiku.render.Renderers;

/**
 * A document full of script, formula, markup and path payloads goes through the whole pipeline and
 * every output format; each output must carry the payloads as text and interpret none of them.
 */
class HostileDocumentTest {
  @TempDir static Path dir;
  static QuestionBank bank;
  static Path out;

  @BeforeAll
  static void renderEverything() throws Exception {
    Path doc = dir.resolve("hostile.txt");
    try (InputStream in = HostileDocumentTest.class.getResourceAsStream("/hostile/hostile-statement.txt")) {
      Files.copy(in, doc);
    }
    bank = Tiku.generate(doc, ReadOptions.defaults(), "../evil/<deck>");
    assertThat(bank.questions()).isNotEmpty();
    out = dir.resolve("out");
    for (String f : Renderers.ALL_FORMATS) {
      Tiku.render(bank, bank.questions(), f, RenderOptions.defaults().withForms(List.of()), out);
    }
  }

  @Test
  void everyFileStaysInTheOutputFolderWithASafeName() throws Exception {
    try (var s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        if (p.getParent().equals(dir)) {
          continue;
        }
        assertThat(p.getParent()).isEqualTo(out);
        assertThat(p.getFileName().toString()).matches("[\\p{L}\\p{N}._-]+").doesNotContain("..");
      }
    }
  }

  @Test
  void htmlCarriesThePayloadsAsText() throws Exception {
    Path html = only("-selftest.html");
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html.toFile(), "UTF-8");
    assertThat(page.select("[onerror]")).isEmpty();
    for (var script : page.select("script")) {
      if (script.attr("type").equals("application/json")) {
        // data may carry the payload, but only as JSON text that cannot close the element
        assertThat(script.data()).doesNotContain("<").doesNotContain(">");
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(script.data());
      } else {
        assertThat(script.data()).doesNotContain("window.__pwned=");
      }
    }
    assertThat(page.select("img")).isEmpty();
  }

  @Test
  void xmlOutputsAreWellFormed() throws Exception {
    var f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.newDocumentBuilder().parse(only("-moodle.xml").toFile());
    for (String zip : List.of("-qti12.zip", "-qti21.zip")) {
      int xml = 0;
      try (ZipInputStream z = new ZipInputStream(Files.newInputStream(only(zip)))) {
        for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
          assertThat(e.getName()).doesNotContain("..").doesNotStartWith("/");
          if (e.getName().endsWith(".xml")) {
            byte[] b = z.readAllBytes();
            f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(b));
            xml++;
          }
        }
      }
      assertThat(xml).as(zip).isGreaterThan(1);
    }
  }

  @Test
  void spreadsheetsHoldTextNotFormulas() throws Exception {
    for (String x : List.of("-bank.xlsx", "-kahoot.xlsx")) {
      try (Workbook wb = WorkbookFactory.create(only(x).toFile(), null, true)) {
        for (Sheet sh : wb) {
          for (Row r : sh) {
            for (Cell c : r) {
              assertThat(c.getCellType()).as(x + " " + c.getAddress()).isNotEqualTo(CellType.FORMULA);
            }
          }
        }
      }
    }
  }

  @Test
  void delimitedFilesParseWithOneRecordPerLine() throws Exception {
    try (var s = Files.list(out)) {
      for (Path p : s.filter(x -> x.toString().endsWith(".csv")).toList()) {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        String body = text.lines().filter(l -> !l.startsWith("#")).reduce("", (a, b) -> a + b + "\n");
        var records = CSVFormat.TDF.builder().setQuote('"').get().parse(new java.io.StringReader(body)).getRecords();
        assertThat(records).as(p.toString()).isNotEmpty();
        int fields = records.get(0).size();
        assertThat(records).allMatch(r -> r.size() == fields);
      }
    }
    for (String line : Files.readAllLines(only("-quizlet.tsv"))) {
      assertThat(line.split("\t", -1)).hasSize(2);
    }
  }

  private static Path only(String suffix) throws Exception {
    try (var s = Files.list(out)) {
      List<Path> hits = s.filter(p -> p.getFileName().toString().endsWith(suffix)).toList();
      assertThat(hits).as(suffix).hasSize(1);
      return hits.get(0);
    }
  }
}
