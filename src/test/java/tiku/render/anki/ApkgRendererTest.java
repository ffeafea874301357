package tiku.render.anki;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tiku.model.Question;
import tiku.model.QuestionBank;
import tiku.model.Status;
import tiku.render.RenderJob;
import tiku.render.RenderOptions;
import tiku.testing.SampleBanks;

class ApkgRendererTest {
  /** What current Anki requires of a legacy note type and deck (shared/tools/anki-check/README.md). */
  static final List<String> NOTETYPE_KEYS = List.of("id", "name", "type", "mod", "usn", "sortf", "did", "tmpls", "flds", "css");
  static final List<String> TEMPLATE_KEYS = List.of("name", "qfmt");
  static final List<String> FIELD_KEYS = List.of("name", "sticky", "rtl", "font", "size");
  static final List<String> DECK_KEYS =
      List.of("id", "name", "usn", "lrnToday", "revToday", "newToday", "timeToday", "collapsed", "dyn", "conf");

  @TempDir Path dir;

  static Path render(QuestionBank bank, Path dir) throws IOException {
    return new ApkgRenderer().render(new RenderJob(bank, bank.questions(), RenderOptions.defaults(), dir)).get(0);
  }

  /** The package's collection, opened read-only from a copy. */
  static Collection open(Path apkg, Path work) throws IOException, SQLException {
    Path db = Files.createTempFile(work, "col", ".anki2");
    try (ZipFile zip = new ZipFile(apkg.toFile())) {
      Files.copy(zip.getInputStream(zip.getEntry("collection.anki2")), db, StandardCopyOption.REPLACE_EXISTING);
    }
    return new Collection(DriverManager.getConnection("jdbc:sqlite:" + db));
  }

  record Collection(Connection c) implements AutoCloseable {
    JsonNode col(String column) throws SQLException, IOException {
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select " + column + " from col")) {
        rs.next();
        return new ObjectMapper().readTree(rs.getString(1));
      }
    }

    long scalar(String sql) throws SQLException {
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
        rs.next();
        return rs.getLong(1);
      }
    }

    /** guid -> {mid, mod, flds, tags, cards: "ord@did,..."} */
    Map<String, Map<String, String>> notes() throws SQLException {
      Map<String, Map<String, String>> out = new LinkedHashMap<>();
      try (Statement st = c.createStatement();
          ResultSet rs =
              st.executeQuery(
                  "select n.guid, n.mid, n.mod, n.flds, n.tags, (select group_concat(x, ',') from"
                      + " (select c.ord || '@' || c.did as x from cards c where c.nid = n.id order by c.ord)) from notes n order by n.id")) {
        while (rs.next()) {
          Map<String, String> m = new HashMap<>();
          m.put("mid", rs.getString(2));
          m.put("mod", rs.getString(3));
          m.put("flds", rs.getString(4));
          m.put("tags", rs.getString(5));
          m.put("cards", rs.getString(6));
          out.put(rs.getString(1), m);
        }
      }
      return out;
    }

    @Override
    public void close() throws SQLException {
      c.close();
    }
  }

  @Test
  void packageHoldsTheCollectionAndAnEmptyMediaMapWithFixedTimes() throws IOException {
    Path apkg = render(SampleBanks.chinese(), dir);
    assertThat(apkg.getFileName().toString()).isEqualTo("uk-vietnam-2025.apkg");
    try (ZipFile zip = new ZipFile(apkg.toFile())) {
      List<String> names = zip.stream().map(ZipEntry::getName).toList();
      assertThat(names).containsExactly("collection.anki2", "media");
      assertThat(new String(zip.getInputStream(zip.getEntry("media")).readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{}");
      assertThat(zip.stream().map(ZipEntry::getTimeLocal)).allMatch(t -> t.equals(LocalDateTime.of(2026, 1, 1, 0, 0)));
    }
  }

  @Test
  void collectionIsSchema11WithTheJsonKeysCurrentAnkiRequires() throws Exception {
    try (Collection col = open(render(SampleBanks.english(), dir), dir)) {
      assertThat(col.scalar("select ver from col")).isEqualTo(11);
      JsonNode models = col.col("models");
      assertThat(models.size()).isEqualTo(3);
      for (Map.Entry<String, JsonNode> e : models.properties()) {
        JsonNode m = e.getValue();
        assertThat(m.fieldNames()).toIterable().containsAll(NOTETYPE_KEYS);
        assertThat(m.get("id").asText()).isEqualTo(e.getKey());
        assertThat(m.get("tmpls")).isNotEmpty().allSatisfy(t -> assertThat(t.fieldNames()).toIterable().containsAll(TEMPLATE_KEYS).contains("afmt", "ord"));
        assertThat(m.get("flds")).isNotEmpty().allSatisfy(f -> assertThat(f.fieldNames()).toIterable().containsAll(FIELD_KEYS).contains("ord"));
        assertThat(m.get("name").asText()).startsWith("Tiku ");
      }
      // the lists in the code agree with the README
      assertThat(AnkiCollectionSchema.REQUIRED_NOTETYPE_KEYS).containsAll(NOTETYPE_KEYS);
      assertThat(AnkiCollectionSchema.REQUIRED_DECK_KEYS).containsAll(DECK_KEYS);
      JsonNode decks = col.col("decks");
      JsonNode dconf = col.col("dconf");
      List<String> names = new ArrayList<>();
      for (JsonNode d : decks) {
        assertThat(d.fieldNames()).toIterable().containsAll(DECK_KEYS);
        assertThat(dconf.has(d.get("conf").asText())).isTrue();
        names.add(d.get("name").asText());
      }
      assertThat(names).containsExactlyInAnyOrder("Default", "Tiku::US-UK Joint Statement");
      long deckId = AnkiCollectionSchema.deckId("Tiku::US-UK Joint Statement");
      assertThat(decks.has(String.valueOf(deckId))).isTrue();
    }
  }

  @Test
  void oneCardPerTemplateOrClozeNumber() throws Exception {
    try (Collection col = open(render(SampleBanks.english(), dir), dir)) {
      Map<String, Map<String, String>> notes = col.notes();
      long deckId = AnkiCollectionSchema.deckId("Tiku::US-UK Joint Statement");
      String cloze = AnkiGuid.of("us-uk-2021", "en-cloze-1");
      assertThat(notes.get(cloze).get("cards")).isEqualTo("0@" + deckId + ",1@" + deckId);
      assertThat(notes.get(cloze).get("mid")).isEqualTo(String.valueOf(AnkiCollectionSchema.noteTypeId(AnkiNoteType.CLOZE)));
      for (int pair = 0; pair < 2; pair++) {
        Map<String, String> rev = notes.get(AnkiGuid.of("us-uk-2021", "en-match-1", pair));
        assertThat(rev.get("cards")).isEqualTo("0@" + deckId + ",1@" + deckId);
        assertThat(rev.get("flds").split("\u001f")).hasSize(2);
      }
      assertThat(notes.get(AnkiGuid.of("us-uk-2021", "en-mc-1")).get("cards")).isEqualTo("0@" + deckId);
      assertThat(notes).hasSize(4 + 2);
      assertThat(col.scalar("select count(*) from cards")).isEqualTo(1 + 1 + 2 + 2 * 2 + 1);
      assertThat(notes.values()).allSatisfy(n -> assertThat(n.get("tags")).startsWith(" ").endsWith(" ").contains(" deck::us-uk-2021 "));
    }
  }

  @Test
  void noteTypeAndDeckIdsComeFromNamesNotTime() throws Exception {
    long basic;
    try (Collection a = open(render(SampleBanks.english(), dir.resolve("a")), dir)) {
      basic = a.col("models").get(String.valueOf(AnkiCollectionSchema.noteTypeId(AnkiNoteType.BASIC))).get("id").asLong();
    }
    try (Collection b = open(render(SampleBanks.hostile(), dir.resolve("b")), dir)) {
      assertThat(b.col("models").get(String.valueOf(basic))).isNotNull();
    }
    assertThat(AnkiCollectionSchema.deckId("Tiku::X")).isEqualTo(AnkiCollectionSchema.deckId("Tiku::X")).isNotEqualTo(AnkiCollectionSchema.deckId("Tiku::Y"));
  }

  @Test
  void sameInputGivesTheSameBytesWhereverAndHoweverOftenItIsWritten() throws IOException {
    Path a = render(SampleBanks.hostile(), dir.resolve("a"));
    Path b = render(SampleBanks.hostile(), dir.resolve("b"));
    byte[] first = Files.readAllBytes(a);
    assertThat(Files.readAllBytes(b)).isEqualTo(first);
    // writing again over its own output changes nothing either
    assertThat(Files.readAllBytes(render(SampleBanks.hostile(), dir.resolve("a")))).isEqualTo(first);
  }

  @Test
  void aChangedNoteGetsAGreaterModAndTheOthersKeepTheirs() throws Exception {
    QuestionBank before = SampleBanks.chinese();
    Path apkg = render(before, dir.resolve("out"));
    Path old = Files.copy(apkg, dir.resolve("old.apkg"));
    QuestionBank after = changed(before, "zh-mc-1");
    render(after, dir.resolve("out"));
    try (Collection o = open(old, dir);
        Collection n = open(apkg, dir)) {
      Map<String, Map<String, String>> was = o.notes();
      Map<String, Map<String, String>> now = n.notes();
      assertThat(now.keySet()).isEqualTo(was.keySet());
      String guid = AnkiGuid.of(before.deck(), "zh-mc-1");
      assertThat(Long.parseLong(now.get(guid).get("mod"))).isGreaterThan(Long.parseLong(was.get(guid).get("mod")));
      assertThat(now.get(guid).get("flds")).contains("（修訂）");
      for (String g : was.keySet()) {
        if (!g.equals(guid)) {
          assertThat(now.get(g)).isEqualTo(was.get(g));
        }
      }
    }
    // a second edit raises it again
    Path second = Files.copy(apkg, dir.resolve("second.apkg"));
    render(changed(after, "zh-mc-1"), dir.resolve("out"));
    try (Collection s = open(second, dir);
        Collection n = open(apkg, dir)) {
      String guid = AnkiGuid.of(before.deck(), "zh-mc-1");
      assertThat(Long.parseLong(n.notes().get(guid).get("mod"))).isGreaterThan(Long.parseLong(s.notes().get(guid).get("mod")));
    }
  }

  @Test
  void anUnreadableEarlierFileIsReplacedNotFatal() throws Exception {
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    Files.writeString(out.resolve("us-uk-2021.apkg"), "not a zip");
    Path apkg = render(SampleBanks.english(), out);
    assertThat(Files.readAllBytes(apkg)).isEqualTo(Files.readAllBytes(render(SampleBanks.english(), dir.resolve("fresh"))));
  }

  /** The bank with one question's stem reworded, as a teacher's fix would. */
  static QuestionBank changed(QuestionBank bank, String id) {
    List<Question> qs = new ArrayList<>();
    for (Question q : bank.questions()) {
      qs.add(
          q.id().equals(id)
              ? new Question(q.id(), q.type(), q.family(), q.stem() + "（修訂）", q.options(), q.answer(), q.explanation(), q.difficulty(),
                  q.pillar(), q.tags(), Status.EDITED, q.source())
              : q);
    }
    return bank.withQuestions(qs);
  }
}
