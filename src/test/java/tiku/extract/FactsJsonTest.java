package tiku.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tiku.model.Facts;
import tiku.read.Fixtures;

class FactsJsonTest {
  private final Facts facts = FactExtractor.extract(Fixtures.read(Fixtures.SEED));

  @Test
  void carriesTheContractFields() throws Exception {
    JsonNode root = new ObjectMapper().readTree(FactsJson.write(facts));
    assertThat(root.get("title").asText()).isEqualTo(facts.document().title());
    assertThat(root.get("language").asText()).isEqualTo("zh-Hant");
    for (String key : List.of("sections", "clauses", "agreements", "people", "organizations", "years", "quantities")) {
      assertThat(root.get(key).isArray()).as(key).isTrue();
    }
    assertThat(root.get("clauses")).hasSize(48);
    JsonNode first = root.get("clauses").get(0);
    assertThat(first.get("section").isNull()).isTrue();
    assertThat(first.get("text").asText()).startsWith("自1973年建交");
    JsonNode pillar = root.get("sections").get(0);
    assertThat(pillar.get("number").asInt()).isEqualTo(1);
    List<Integer> clauses = new ArrayList<>();
    pillar.get("clauses").forEach(n -> clauses.add(n.asInt()));
    assertThat(clauses).isEqualTo(facts.document().clauses().stream().filter(c -> Integer.valueOf(1).equals(c.section())).map(c -> c.number()).toList());
    JsonNode agreement = root.get("agreements").get(0);
    assertThat(agreement.fieldNames()).toIterable().contains("name", "aliases", "clauses");
    assertThat(root.get("people").get(0).fieldNames()).toIterable().contains("name", "role", "latin");
    assertThat(root.get("organizations").get(0).fieldNames()).toIterable().contains("name", "acronym");
    assertThat(root.get("years").get(0).fieldNames()).toIterable().contains("year", "event", "sentence");
    assertThat(root.get("quantities").get(0).fieldNames()).toIterable().contains("value", "unit", "sentence");
  }

  @Test
  void sameDocumentSameBytes() {
    Facts again = FactExtractor.extract(Fixtures.read(Fixtures.SEED));
    assertThat(FactsJson.write(again)).isEqualTo(FactsJson.write(facts));
  }

  @Test
  void summaryNamesStructureAndFacts() {
    String s = FactsSummary.format(facts);
    assertThat(s).startsWith(facts.document().title() + "\n");
    assertThat(s).contains("6 sections, 48 clauses", "越南-英國自由貿易協定", "UKVFTA", "To Lam", "1973");
    assertThat(s).contains("加強政治、外交、國防與安全合作  [clauses 3–14 (12)]");
  }
}
