package tiku.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tiku.model.Clause;
import tiku.model.Document;
import tiku.model.QuestionSource;
import tiku.read.ReadOptions;
import tiku.read.Readers;

class LabelsTest {
  private static final Path DOCS = Path.of("src/test/resources/docs");

  /** A reader finds "Item N" by counting the dash-led items of the source: the Nth holds the clause. */
  @Test
  void dashLedItemsAreCitedByTheirPlaceInTheList() throws Exception {
    Path file = DOCS.resolve("08-cn-uae-csp-2019-zh-hans.txt");
    Document d = Readers.read(file, ReadOptions.defaults());
    List<String> dashLines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .map(String::strip)
        .filter(l -> l.startsWith("——"))
        .toList();
    assertThat(d.clauses()).hasSameSizeAs(dashLines).isNotEmpty();
    Labels labels = Labels.of(d.language());
    for (Clause c : d.clauses()) {
      String cited = labels.clause(new QuestionSource(c.number(), c.label(), c.text()));
      assertThat(cited).doesNotContain("—").matches("第[0-9]+项");
      int n = Integer.parseInt(cited.replaceAll("[^0-9]", ""));
      String opening = c.sentences().get(0).text();
      assertThat(dashLines.get(n - 1)).as(cited).contains(opening.substring(0, Math.min(20, opening.length())));
    }
  }

  @Test
  void numberedClausesKeepTheNumberTheDocumentPrints() throws Exception {
    Path file = DOCS.resolve("seed-uk-vietnam.txt");
    Document d = Readers.read(file, ReadOptions.defaults());
    String source = Files.readString(file, StandardCharsets.UTF_8);
    Labels labels = Labels.of(d.language());
    assertThat(d.clauses()).isNotEmpty();
    for (Clause c : d.clauses()) {
      String cited = labels.clause(new QuestionSource(c.number(), c.label(), c.text()));
      assertThat(cited).isEqualTo("第" + c.label() + "條");
      assertThat(source).containsPattern("(?m)^\\s*" + c.label() + "[.．、]");
    }
  }

  @Test
  void bulletsAreNotNumbers() {
    assertThat(Clause.numbered("5")).isTrue();
    assertThat(Clause.numbered("2.3")).isTrue();
    assertThat(Clause.numbered("第五條")).isTrue();
    assertThat(Clause.numbered("——")).isFalse();
    assertThat(Clause.numbered("•")).isFalse();
    assertThat(Clause.numbered(null)).isFalse();
    assertThat(Labels.of(tiku.model.Language.EN).clause(new QuestionSource(7, "-", "x"))).isEqualTo("Item 7");
  }
}
