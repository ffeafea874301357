package tiku.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tiku.model.Facts;
import tiku.read.PlainTextReader;

/** Person, organization, year and quantity rules on small texts. */
class ExtractorRulesTest {
  private static Facts facts(String text) {
    return FactExtractor.extract(PlainTextReader.read(text));
  }

  @Test
  void bylinesAreNotPeople() {
    Facts f = facts("中央社 記者王大明 台北電\n美國總統拜登(Joe Biden)今天表示，記者會將延後。\n（編輯：李小華）\n");
    assertThat(f.people()).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("拜登");
      assertThat(p.role()).isEqualTo("美國總統");
      assertThat(p.latin()).isEqualTo("Joe Biden");
    });
    assertThat(f.document().metadata()).containsKeys("byline", "editor");
  }

  @Test
  void bareChineseNamesNeedToRecur() {
    assertThat(facts("總書記主理國家內政。").people()).isEmpty();
    assertThat(facts("國家主席張三出訪。張三表示滿意。").people()).singleElement().satisfies(p -> assertThat(p.name()).isEqualTo("張三"));
  }

  @Test
  void englishTitlesBeforeNames() {
    Facts f = facts("Prime Minister Johnson met President Biden. The Prime Minister’s Council met too.");
    assertThat(f.people()).extracting(p -> p.role() + " " + p.name()).containsExactly("Prime Minister Johnson", "President Biden");
  }

  @Test
  void englishOrganizationAcronymsMustMatchInitials() {
    Facts f = facts("We welcome the Industrial Decarbonisation Agenda Council (IDAC) and the World Health Organization (XYZ).");
    assertThat(f.organizations()).extracting(o -> o.name() + "/" + o.acronym())
        .containsExactly("Industrial Decarbonisation Agenda Council/IDAC", "World Health Organization/null");
  }

  @Test
  void aDepartmentNamedForSeveralPortfoliosKeepsItsWholeName() {
    Facts f = facts("The dialogue is led by the U.K. Department for Business, Energy and Industrial Strategy and the U.S. Department of"
        + " Energy. The U.K. Department for Digital, Culture, Media and Sport agrees. We thank the U.S. Department of Health, and the"
        + " Treasury.");
    assertThat(f.organizations()).extracting(o -> o.name()).containsExactly(
        "U.K. Department for Business, Energy and Industrial Strategy", "U.S. Department of Energy",
        "U.K. Department for Digital, Culture, Media and Sport", "U.S. Department of Health");
  }

  @Test
  void aHeadWordFollowedByAnotherCapitalisedWordDoesNotEndTheName() {
    Facts f = facts("We look forward to the meeting of G20 Finance Ministers and Central Bank Governors in July."
        + " We will report to the United Nations General Assembly. The World Bank Group agrees.");
    assertThat(f.organizations()).extracting(o -> o.name())
        .containsExactly("United Nations General Assembly", "World Bank Group");
  }

  @Test
  void chineseDatesAndTheirEvents() {
    Facts f = facts("2019年7月23日于北京。自1990年起雙方合作。2020年，兩國簽署協議。");
    assertThat(f.years()).extracting(y -> y.year() + ":" + y.event()).containsExactly("1990:雙方合作", "2020:兩國簽署協議");
  }

  @Test
  void anEnglishEventKeepsASubjectOfTwoJoinedNames() {
    Facts f = facts("Manila and Tokyo established diplomatic relations in 1956. We will talk and meet again in 2027.");
    assertThat(f.years()).extracting(y -> y.year() + ":" + y.event())
        .containsExactly("1956:Manila and Tokyo established diplomatic relations", "2027:meet again");
  }

  @Test
  void englishYearsNeedAPreposition() {
    Facts f = facts("We will reach net zero by 2050. The 2030 Agenda matters. We will build a new bridge in 2026.");
    assertThat(f.years()).extracting(y -> y.year() + ":" + y.event()).containsExactly("2050:reach net zero", "2026:build a new bridge");
  }

  @Test
  void quantitiesSkipDatesOrdinalsAndNames() {
    Facts f = facts("第3次會議於2025年5月3日召開，提供20億美元與15%的優惠，落實《2025年合作計劃》，涵蓋12個城市。");
    assertThat(f.quantities()).extracting(q -> q.value() + q.unit()).containsExactly("20億美元", "15%", "12個城市");
  }
}
