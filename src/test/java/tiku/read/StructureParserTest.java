package tiku.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tiku.model.Clause;
import tiku.model.Document;
import tiku.model.Section;

class StructureParserTest {
  private static Document read(String text) {
    return PlainTextReader.read(text);
  }

  @Test
  void parenthesisedChineseHeadingsAndClauses() {
    Document d = read("合作計畫\n\n（一）政治合作\n（1）雙方同意加強對話。\n（2）雙方同意互訪。\n（二）經濟合作\n（1）擴大貿易。\n");
    assertThat(d.title()).isEqualTo("合作計畫");
    assertThat(d.sections()).extracting(Section::heading).containsExactly("政治合作", "經濟合作");
    assertThat(d.clauses()).extracting(Clause::label).containsExactly("1", "2", "1");
    assertThat(d.clauses()).extracting(Clause::number).containsExactly(1, 2, 3);
    assertThat(d.clauses()).extracting(Clause::section).containsExactly(1, 1, 2);
  }

  @Test
  void chaptersOutrankNumberedHeadingsWhichBecomeSubheadings() {
    Document d = read("第一章 總則\n一、目的\n第一條 為促進合作，特訂定本辦法。\n第二條 本辦法適用於雙方。\n第二章 附則\n第三條 本辦法自公布日施行。\n");
    assertThat(d.sections()).extracting(Section::heading).containsExactly("總則", "附則");
    assertThat(d.sections()).extracting(Section::label).containsExactly("一", "二");
    assertThat(d.clauses()).extracting(Clause::label).containsExactly("第一條", "第二條", "第三條");
    assertThat(d.clauses()).extracting(Clause::section).containsExactly(1, 1, 2);
    assertThat(d.paragraphs()).extracting(p -> p.text()).containsExactly("一、目的");
  }

  @Test
  void englishLetterHeadingsAndFullWidthNumbers() {
    Document d = read("A. Political Cooperation\n1． The sides agree.\n2． They meet yearly.\nB. Trade\n1． Tariffs fall.\n");
    assertThat(d.sections()).extracting(Section::label).containsExactly("A", "B");
    assertThat(d.sections()).extracting(Section::heading).containsExactly("Political Cooperation", "Trade");
    assertThat(d.clauses()).extracting(Clause::text).containsExactly("The sides agree.", "They meet yearly.", "Tariffs fall.");
  }

  @Test
  void numberedHeadingsAreToldFromNumberedItems() {
    Document d = read("1. Introduction\n\nThis report looks at trade.\n\n2. Findings\n\nThe findings are these:\n1. Trade grew.\n2. Costs fell.\n");
    assertThat(d.sections()).extracting(Section::heading).containsExactly("Introduction", "Findings");
    assertThat(d.clauses()).extracting(Clause::text).containsExactly("Trade grew.", "Costs fell.");
    assertThat(d.clauses()).allSatisfy(c -> assertThat(c.section()).isEqualTo(2));
  }

  @Test
  void aNumberThatBreaksTheSequenceIsNotAClause() {
    Document d = read("1. First item here.\n2. Second item here.\n7. Not the next number.\n3. Third item.\n");
    assertThat(d.clauses()).extracting(Clause::label).containsExactly("1", "2", "3");
  }

  @Test
  void spansOfSectionsPointAtTheirHeadingLines() {
    String text = "Title\n\nHISTORY\nSome prose.\n\nTHE FUTURE\n- an item\n- another item\n";
    Document d = read(text);
    assertThat(d.sections()).hasSize(2);
    Section s = d.sections().get(1);
    assertThat(text.substring(s.span().start(), s.span().end())).isEqualTo("THE FUTURE");
    assertThat(s.span().startLine()).isEqualTo(6);
    assertThat(d.clauses()).extracting(Clause::text).containsExactly("an item", "another item");
  }

  @Test
  void contentHasNoSymbolOnlyLinesAndNoUrls() {
    Document d = read("Report\n\nSee https://example.org/x for more.\nhttps://example.org/source\n***\nEnd of text.\n");
    assertThat(d.content()).isEqualTo("See https://example.org/x for more.\nEnd of text.");
    assertThat(d.metadata()).containsEntry("url", "https://example.org/source");
  }
}
