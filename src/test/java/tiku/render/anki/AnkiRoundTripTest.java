package tiku.render.anki;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tiku.model.QuestionBank;
import tiku.render.RenderJob;
import tiku.render.RenderOptions;
import tiku.testing.SampleBanks;

/**
 * Real Anki library code (2.1.15, via the shared anki-check tool) reads back what the renderers
 * wrote. Skipped with a message where the tool is missing, mandatory under CI=true.
 */
class AnkiRoundTripTest {
  private static AnkiCheck anki;

  @TempDir Path dir;

  @BeforeAll
  static void tool() {
    anki = AnkiCheck.require();
  }

  private static List<AnkiNote> expected(QuestionBank bank) {
    return NoteBuilder.notes(new RenderJob(bank, bank.questions(), RenderOptions.defaults(), Path.of(".")));
  }

  private static Map<String, JsonNode> byGuid(JsonNode result) {
    Map<String, JsonNode> out = new HashMap<>();
    for (JsonNode n : result.get("notes")) {
      out.put(n.get("guid").asText(), n);
    }
    return out;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(x -> out.add(x.asText()));
    return out;
  }

  @Test
  void apkgImportsEveryNoteWithItsFieldsTagsDeckAndCards() throws Exception {
    for (QuestionBank bank : List.of(SampleBanks.chinese(), SampleBanks.english(), SampleBanks.hostile())) {
      Path apkg = ApkgRendererTest.render(bank, dir.resolve(bank.source().language().tag() + bank.questions().size()));
      JsonNode result = anki.apkg(apkg);
      List<AnkiNote> notes = expected(bank);
      Map<String, JsonNode> got = byGuid(result);
      assertThat(got.keySet()).containsExactlyInAnyOrderElementsOf(notes.stream().map(AnkiNote::guid).toList());
      for (AnkiNote n : notes) {
        JsonNode g = got.get(n.guid());
        assertThat(g.get("notetype").asText()).isEqualTo(n.type().packageName());
        for (int i = 0; i < n.fields().size(); i++) {
          // exactly what was written: Chinese, full-width punctuation and escaped HTML unchanged
          assertThat(g.get("fields").get(n.type().fields().get(i)).asText()).isEqualTo(n.fields().get(i));
        }
        assertThat(texts(g.get("tags"))).containsExactlyInAnyOrderElementsOf(n.tags());
        List<String> cards = new ArrayList<>();
        g.get("cards").forEach(c -> cards.add(c.get(0).asInt() + "@" + c.get(1).asText()));
        List<String> want = new ArrayList<>();
        for (int ord = 0; ord < n.cards(); ord++) {
          want.add(ord + "@" + n.deck());
        }
        assertThat(cards).as("cards of %s", n.guid()).isEqualTo(want);
      }
      assertThat(texts(result.get("decks"))).contains(notes.get(0).deck());
      assertThat(result.get("media")).isEmpty();
      assertThat(result.get("import").get(0).get("log").get(0).asText()).isEqualTo("Notes found in file: " + notes.size());
    }
    // the cloze with two blanks has two cards
    JsonNode en = anki.apkg(ApkgRendererTest.render(SampleBanks.english(), dir.resolve("en2")));
    assertThat(byGuid(en).get(AnkiGuid.of("us-uk-2021", "en-cloze-1")).get("cards")).hasSize(2);
  }

  @Test
  void importingAnOlderThenANewerPackageUpdatesTheChangedNoteInsteadOfDuplicatingIt() throws Exception {
    QuestionBank before = SampleBanks.chinese();
    Path out = dir.resolve("out");
    Path old = Files.copy(ApkgRendererTest.render(before, out), dir.resolve("old.apkg"));
    QuestionBank after = ApkgRendererTest.changed(before, "zh-mc-1");
    Path neu = ApkgRendererTest.render(after, out);
    JsonNode result = anki.apkg(old, neu);
    List<AnkiNote> notes = expected(after);
    assertThat(result.get("notes")).hasSize(notes.size());
    String guid = AnkiGuid.of(before.deck(), "zh-mc-1");
    JsonNode updated = byGuid(result).get(guid);
    assertThat(updated.get("fields").get("Front").asText()).contains("依聯合聲明，越南與英國於哪一年建立外交關係？（修訂）");
    assertThat(updated.get("cards")).hasSize(1);
    List<String> log = texts(result.get("import").get(1).get("log"));
    assertThat(log).contains("Notes updated, as file had newer version: 1");
    assertThat(log).anySatisfy(l -> assertThat(l).startsWith("Notes skipped, as they're already in your collection: " + (notes.size() - 1)));
  }

  @Test
  void csvImportsAsBasicClozeAndReversible() throws Exception {
    for (QuestionBank bank : List.of(SampleBanks.chinese(), SampleBanks.english(), SampleBanks.hostile())) {
      Path out = dir.resolve(bank.source().file());
      List<Path> files = AnkiCsvRendererTest.render(bank, RenderOptions.defaults(), out);
      List<AnkiNote> notes = expected(bank);
      for (AnkiNoteType type : AnkiNoteType.values()) {
        List<AnkiNote> ofType = notes.stream().filter(n -> n.type() == type).toList();
        Path file = out.resolve(new RenderJob(bank, List.of(), RenderOptions.defaults(), out).baseName() + "-anki-" + type.fileSuffix() + ".csv");
        assertThat(files.contains(file)).isEqualTo(!ofType.isEmpty());
        if (ofType.isEmpty()) {
          continue;
        }
        JsonNode result = anki.csv(file, type.stockName(), "Tiku::Check");
        assertThat(result.get("import").get(0).get("log").get(0).asText()).startsWith(ofType.size() + " note");
        JsonNode got = result.get("notes");
        assertThat(got).hasSize(ofType.size());
        // Anki 2.1.15 matches rows by the first field, not the GUID; compare in file order
        List<JsonNode> rows = new ArrayList<>();
        got.forEach(rows::add);
        for (AnkiNote n : ofType) {
          JsonNode g = rows.stream().filter(r -> r.get("fields").elements().next().asText().equals(n.fields().get(0))).findFirst().orElseThrow();
          List<String> values = new ArrayList<>();
          g.get("fields").forEach(f -> values.add(f.asText()));
          assertThat(values).isEqualTo(n.fields());
          assertThat(texts(g.get("tags"))).containsExactlyInAnyOrderElementsOf(n.tags());
          assertThat(g.get("cards")).hasSize(n.cards());
          assertThat(g.get("notetype").asText()).isEqualTo(type.stockName());
        }
      }
    }
  }
}
