package tiku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tiku generate} on the real sample: ids are stable and a teacher's edits survive. */
class GenerateCommandTest {
  @TempDir Path dir;
  private final ObjectMapper json = new ObjectMapper();

  private Path sample() throws Exception {
    Path doc = dir.resolve("sample.txt");
    Files.copy(Path.of(System.getProperty("tiku.root", "."), "question-bank/uk-vietnam-2025/source.txt"), doc);
    return doc;
  }

  @Test
  void editsApprovalsAndRejectionsSurviveGenerate() throws Exception {
    Path doc = sample();
    Path out = dir.resolve("deck");
    assertThat(CliRun.of("generate", doc.toString(), "--out", out.toString()).code()).isZero();
    Path bank = out.resolve("bank.json");
    JsonNode root = json.readTree(bank.toFile());
    var qs = root.get("questions");
    assertThat(qs.size()).isGreaterThanOrEqualTo(150);
    ObjectNode edited = (ObjectNode) qs.get(0);
    ObjectNode approved = (ObjectNode) qs.get(1);
    ObjectNode rejected = (ObjectNode) qs.get(2);
    String editedId = edited.get("id").asText();
    edited.put("stem", "老師改寫的題幹？" + edited.get("stem").asText());
    approved.put("status", "approved");
    rejected.put("status", "rejected");
    Files.writeString(bank, json.writerWithDefaultPrettyPrinter().writeValueAsString(root));

    CliRun again = CliRun.of("generate", doc.toString(), "--out", out.toString());
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.err()).contains("3 kept");
    JsonNode after = json.readTree(bank.toFile());
    JsonNode e = find(after, editedId);
    assertThat(e.get("stem").asText()).startsWith("老師改寫的題幹？");
    assertThat(e.get("status").asText()).isEqualTo("edited");
    assertThat(find(after, approved.get("id").asText()).get("status").asText()).isEqualTo("approved");
    assertThat(find(after, rejected.get("id").asText()).get("status").asText()).isEqualTo("rejected");
    assertThat(after.get("questions").size()).isEqualTo(qs.size());

    CliRun list = CliRun.of("list", bank.toString(), "--json");
    assertThat(list.out()).doesNotContain(rejected.get("id").asText());
  }

  @Test
  void theSameDocumentGivesTheSameBank() throws Exception {
    Path doc = sample();
    assertThat(CliRun.of("generate", doc.toString(), "--out", dir.resolve("a").toString()).code()).isZero();
    assertThat(CliRun.of("generate", doc.toString(), "--out", dir.resolve("b").toString()).code()).isZero();
    assertThat(Files.readString(dir.resolve("a/bank.json"))).isEqualTo(Files.readString(dir.resolve("b/bank.json")));
  }

  @Test
  void manyDocumentsGoToOneFolderEachWithProgress() throws Exception {
    Path doc = sample();
    Path second = dir.resolve("second.txt");
    Files.copy(doc, second);
    Path out = dir.resolve("many");
    CliRun r = CliRun.of("generate", doc.toString(), second.toString(), "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(out.resolve("sample/bank.json")).exists();
    assertThat(out.resolve("second/bank.json")).exists();
    assertThat(r.err()).contains("[1/2]").contains("[2/2]");
  }

  private static JsonNode find(JsonNode root, String id) {
    for (JsonNode q : root.get("questions")) {
      if (q.get("id").asText().equals(id)) {
        return q;
      }
    }
    throw new AssertionError("no question " + id);
  }
}
