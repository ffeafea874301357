package tiku.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tiku.model.Clause;
import tiku.model.Document;
import tiku.model.Language;
import tiku.model.Section;

/** The documents in ../shared/docs (copied to test resources): structure found with no code for them. */
class SharedDocumentsTest {
  @Test
  void englishStatementHasAllCapsSectionsAndRestartingClauses() {
    String raw = Fixtures.text(Fixtures.US_UK);
    Document doc = Fixtures.read(Fixtures.US_UK);
    List<String> lines = Arrays.asList(raw.split("\n"));
    List<String> headings = lines.stream().filter(l -> l.matches("[A-Z ,&]{4,}")).toList();
    long numbered = lines.stream().filter(l -> l.matches("\\d+\\.\\s+.*")).count();

    assertThat(doc.language()).isEqualTo(Language.EN);
    assertThat(doc.title()).startsWith("Joint Statement on the Visit").isEqualTo(lines.get(0));
    assertThat(doc.sections()).extracting(Section::heading).containsExactlyElementsOf(headings);
    assertThat(doc.clauses()).hasSize((int) numbered);
    // numbering restarts per section: numbers are positions, labels stay as printed
    assertThat(doc.clauses()).extracting(Clause::number).containsExactlyElementsOf(
        java.util.stream.IntStream.rangeClosed(1, (int) numbered).boxed().toList());
    assertThat(doc.clauses().stream().filter(c -> c.label().equals("1")).count()).isEqualTo(headings.size());
    assertThat(doc.clauses()).allSatisfy(c -> assertThat(c.section()).isNotNull());
    assertThat(doc.paragraphs()).singleElement().satisfies(p -> assertThat(p.text()).startsWith("Today, President Biden"));
    assertThat(doc.content()).doesNotContain("###");
  }

  @Test
  void englishSentencesKeepAbbreviations() {
    Document doc = Fixtures.read(Fixtures.US_UK);
    var sentences = doc.paragraphs().get(0).sentences();
    assertThat(sentences).hasSize(2);
    assertThat(sentences.get(0).text()).isEqualTo(
        "Today, President Biden visited the U.K. at the invitation of the Prime Minister and in advance of the G7 Summit.");
  }

  @Test
  void simplifiedStatementHasDashItemsAndATwoLineTitle() {
    String raw = Fixtures.text(Fixtures.CN_UAE);
    Document doc = Fixtures.read(Fixtures.CN_UAE);
    List<String> lines = Arrays.asList(raw.split("\n"));
    long dashed = lines.stream().filter(l -> l.startsWith("——")).count();

    assertThat(doc.language()).isEqualTo(Language.ZH_HANS);
    assertThat(doc.title()).isEqualTo(lines.get(0) + lines.get(1));
    assertThat(doc.sections()).isEmpty();
    assertThat(doc.clauses()).hasSize((int) dashed);
    assertThat(doc.clauses()).allSatisfy(c -> {
      assertThat(c.label()).isEqualTo("——");
      assertThat(c.section()).isNull();
      assertThat(c.text()).doesNotStartWith("—");
    });
    // prose between and around the items stays as paragraphs
    long prose = lines.stream().skip(2).filter(l -> !l.isBlank() && !l.startsWith("——")).count();
    assertThat(doc.paragraphs()).hasSize((int) prose);
    assertThat(doc.content()).doesNotContain(lines.get(1));
  }
}
