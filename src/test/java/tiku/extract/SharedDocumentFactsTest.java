package tiku.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tiku.model.Agreement;
import tiku.model.Facts;
import tiku.read.Fixtures;

class SharedDocumentFactsTest {
  @Test
  void englishStatementAgreementsPeopleAndYears() {
    Facts f = FactExtractor.extract(Fixtures.read(Fixtures.US_UK));
    assertThat(f.agreements()).extracting(Agreement::name)
        .contains("Paris Agreement", "Atlantic Charter", "Belfast/Good Friday Agreement", "Global Biodiversity Framework");
    assertThat(f.agreements()).anySatisfy(a -> {
      assertThat(a.name()).isEqualTo("International Health Regulations");
      assertThat(a.aliases()).containsExactly("IHR");
    });
    assertThat(f.agreements()).allSatisfy(a -> assertThat(a.name()).doesNotStartWith("the ").doesNotStartWith("The "));
    assertThat(f.people()).anySatisfy(p -> {
      assertThat(p.name()).isEqualTo("Biden");
      assertThat(p.role()).isEqualTo("President");
    });
    assertThat(f.organizations()).anySatisfy(o -> {
      assertThat(o.name()).isEqualTo("U.K. Health Security Agency");
      assertThat(o.acronym()).isEqualTo("U.K.HSA");
    });
    assertThat(f.years()).anySatisfy(y -> {
      assertThat(y.year()).isEqualTo(2050);
      assertThat(y.event()).isEqualTo("achieving net zero emissions");
    });
    assertThat(f.quantities()).anySatisfy(q -> assertThat(q.value() + q.unit()).isEqualTo("15%"));
  }

  @Test
  void simplifiedStatementFacts() {
    Facts f = FactExtractor.extract(Fixtures.read(Fixtures.CN_UAE));
    assertThat(f.agreements()).extracting(Agreement::name).contains("联合国宪章");
    assertThat(f.years()).anySatisfy(y -> {
      assertThat(y.year()).isEqualTo(1984);
      assertThat(y.event()).isEqualTo("建交");
    });
    assertThat(f.years()).anySatisfy(y -> {
      assertThat(y.year()).isEqualTo(2012);
      assertThat(y.event()).contains("建立战略伙伴关系");
    });
    assertThat(f.people()).anySatisfy(p -> {
      assertThat(p.name()).isEqualTo("习近平");
      assertThat(p.role()).endsWith("主席");
    });
    assertThat(f.quantities()).anySatisfy(q -> assertThat(q.value() + q.unit()).isEqualTo("35周年"));
  }
}
