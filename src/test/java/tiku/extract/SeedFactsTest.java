package tiku.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tiku.model.Agreement;
import tiku.model.Facts;
import tiku.model.Person;
import tiku.model.YearEvent;
import tiku.read.Fixtures;

/** Facts of the seed, checked against the document's own marks rather than a copy of our output. */
class SeedFactsTest {
  private static Facts facts;

  @BeforeAll
  static void extract() {
    facts = FactExtractor.extract(Fixtures.read(Fixtures.SEED));
  }

  private static Agreement named(String name) {
    return facts.agreements().stream().filter(a -> a.allNames().contains(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no agreement named " + name + " in " + facts.agreements()));
  }

  @Test
  void everyNameInDoubleAnglesInTheContentIsFound() {
    Matcher m = Pattern.compile("《([^》]+)》").matcher(facts.document().content());
    List<String> names = new ArrayList<>();
    while (m.find()) {
      names.add(m.group(1));
    }
    assertThat(names).hasSizeGreaterThan(15);
    for (String n : names) {
      Agreement a = named(n);
      // and it cites every clause whose text names it
      facts.document().clauses().stream().filter(c -> c.text().contains("《" + n + "》"))
          .forEach(c -> assertThat(a.clauses()).as(n).contains(c.number()));
    }
  }

  @Test
  void acronymsTieTheNewsWordingToTheStatementsNames() {
    Agreement fta = named("UKVFTA");
    assertThat(fta.allNames()).contains("越南-英國自由貿易協定", "英越自由貿協定");
    assertThat(fta.name()).isEqualTo("越南-英國自由貿易協定");
    Agreement cptpp = named("CPTPP");
    assertThat(cptpp.allNames()).contains("全面與進步跨太平洋夥伴關係協定", "跨太平洋夥伴全面進步協定");
    assertThat(cptpp.name()).isEqualTo("全面與進步跨太平洋夥伴關係協定");
    // "作為CPTPP成員" names it by acronym alone
    int bareAcronym = facts.document().clauses().stream().filter(c -> c.text().contains("CPTPP")).findFirst().orElseThrow().number();
    assertThat(cptpp.clauses()).contains(bareAcronym);
    assertThat(fta).isNotSameAs(cptpp);
  }

  @Test
  void distinctAgreementsStayDistinct() {
    assertThat(named("維也納外交關係公約")).isNotEqualTo(named("維也納領事關係公約"));
    assertThat(named("教育合作意向書")).isNotEqualTo(named("教育合作備忘錄"));
    assertThat(named("東海各方行為宣言").aliases()).containsExactly("DOC");
    assertThat(named("東海行為準則").aliases()).containsExactly("COC");
  }

  @Test
  void nothingFromTheSignatureOrFooter() {
    assertThat(facts.agreements()).noneMatch(a -> a.allNames().contains("送別"));
    assertThat(facts.document().content()).doesNotContain("馬來西亞");
    assertThat(facts.organizations()).noneMatch(o -> o.name().contains("批踢踢"));
  }

  @Test
  void everyCitationQuotesTheContent() {
    String content = facts.document().content();
    facts.agreements().forEach(a -> a.citations().forEach(c -> assertThat(content).contains(c.sentence())));
    facts.people().forEach(p -> assertThat(content).contains(p.citation().sentence()));
    facts.organizations().forEach(o -> assertThat(content).contains(o.citation().sentence()));
    facts.years().forEach(y -> assertThat(content).contains(y.sentence()));
    facts.quantities().forEach(q -> assertThat(content).contains(q.sentence()));
  }

  @Test
  void yearsWithTheirEvents() {
    YearEvent y1973 = facts.years().stream().filter(y -> y.year() == 1973).findFirst().orElseThrow();
    assertThat(y1973.event()).isEqualTo("建交");
    assertThat(y1973.citation().clause()).isEqualTo(1);
    YearEvent y2010 = facts.years().stream().filter(y -> y.year() == 2010).findFirst().orElseThrow();
    assertThat(y2010.event()).isEqualTo("建立戰略夥伴關係");
    assertThat(y2010.sentence()).contains("2010年" + y2010.event());
    // years inside a name in 《》 belong to the name
    assertThat(facts.years()).noneMatch(y -> y.year() == 2022 || y.year() == 2026);
  }

  @Test
  void peopleWithRolesAndRomanizedNamesButNoBylines() {
    Person toLam = facts.people().stream().filter(p -> p.name().equals("蘇林")).findFirst().orElseThrow();
    assertThat(toLam.role()).isEqualTo("越共總書記");
    assertThat(toLam.latin()).isEqualTo("To Lam");
    Person starmer = facts.people().stream().filter(p -> "Keir Starmer".equals(p.latin())).findFirst().orElseThrow();
    assertThat(starmer.name()).isEqualTo("施凱爾");
    assertThat(starmer.role()).isEqualTo("英國首相");
    assertThat(facts.people()).extracting(Person::name).doesNotContain("曾婷瑄", "陳承功").doesNotHaveDuplicates();
    // the statement's 基爾・斯塔默 is the same prime minister, not a second one
    assertThat(facts.people().stream().filter(p -> "英國首相".equals(p.role()))).hasSize(1);
  }

  @Test
  void organizationsWithAcronyms() {
    assertThat(facts.organizations()).anySatisfy(o -> {
      assertThat(o.name()).isEqualTo("東南亞國協");
      assertThat(o.acronym()).isEqualTo("ASEAN");
    });
    assertThat(facts.organizations()).extracting(o -> o.name())
        .contains("國際勞工組織", "湄公河委員會", "英國文化協會", "聯合國人權理事會")
        .noneMatch(n -> n.startsWith("兩國") || n.startsWith("雙方"));
  }

  @Test
  void quantitiesWithUnits() {
    assertThat(facts.quantities()).anySatisfy(q -> {
      assertThat(q.value()).isEqualTo("50億");
      assertThat(q.unit()).isEqualTo("英鎊");
      assertThat(q.citation().clause()).isEqualTo(25);
    });
    assertThat(facts.quantities()).anySatisfy(q -> assertThat(q.value() + q.unit()).isEqualTo("16個國家"));
    assertThat(facts.quantities()).noneMatch(q -> q.unit().equals("日") || q.unit().equals("月"));
  }
}
