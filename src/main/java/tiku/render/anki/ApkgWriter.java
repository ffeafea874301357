package tiku.render.anki;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes notes as an Anki package: a {@code collection.anki2} SQLite file (schema 11, built with
 * sqlite-jdbc) and an empty {@code media} map, zipped. Rows go in in a fixed order, ids come from
 * GUIDs, the file is vacuumed and zip entries carry a fixed time, so the same notes give the same
 * bytes.
 */
public final class ApkgWriter {
  private static final LocalDateTime ZIP_TIME = LocalDateTime.of(2026, 1, 1, 0, 0);
  private static final long ID_BASE = 1_600_000_000_000L;
  private static final long ID_SPAN = 100_000_000_000L;

  private final String deckName;
  private final String deckDescription;
  private final NoteStamps stamps;

  ApkgWriter(String deckName, String deckDescription, NoteStamps stamps) {
    this.deckName = deckName;
    this.deckDescription = deckDescription;
    this.stamps = stamps;
  }

  /** Writes the package of {@code notes} (all in this writer's deck) to {@code out}. */
  void write(List<AnkiNote> notes, OutputStream out) throws IOException {
    Path dir = Files.createTempDirectory("tiku-apkg");
    try {
      Path db = dir.resolve("collection.anki2");
      try {
        fill(db, notes);
      } catch (SQLException e) {
        throw new IOException("cannot write the Anki collection: " + e.getMessage(), e);
      }
      ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
      entry(zip, "collection.anki2", Files.readAllBytes(db));
      entry(zip, "media", "{}".getBytes(StandardCharsets.UTF_8));
      zip.finish();
    } finally {
      deleteTree(dir);
    }
  }

  private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    ZipEntry e = new ZipEntry(name);
    // local date-time: no time zone enters the DOS time field, and no extended-time extra field is written
    e.setTimeLocal(ZIP_TIME);
    zip.putNextEntry(e);
    zip.write(bytes);
    zip.closeEntry();
  }

  private void fill(Path db, List<AnkiNote> notes) throws SQLException {
    long deckId = AnkiCollectionSchema.deckId(deckName);
    Set<AnkiNoteType> used = new LinkedHashSet<>();
    for (AnkiNoteType t : AnkiNoteType.values()) {
      if (notes.stream().anyMatch(n -> n.type() == t)) {
        used.add(t);
      }
    }
    List<AnkiNoteType> types = new ArrayList<>(used);
    long curModel = AnkiCollectionSchema.noteTypeId(types.isEmpty() ? AnkiNoteType.BASIC : types.get(0));
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath())) {
      c.setAutoCommit(false);
      try (Statement st = c.createStatement()) {
        for (String ddl : AnkiCollectionSchema.DDL) {
          st.execute(ddl);
        }
      }
      try (PreparedStatement ps = c.prepareStatement("insert into col values (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
        long t = AnkiCollectionSchema.FIXED_SECONDS;
        ps.setLong(1, 1);
        ps.setLong(2, t);
        ps.setLong(3, t * 1000);
        ps.setLong(4, t * 1000);
        ps.setInt(5, AnkiCollectionSchema.SCHEMA_VERSION);
        ps.setInt(6, 0);
        ps.setInt(7, 0);
        ps.setInt(8, 0);
        ps.setString(9, AnkiCollectionSchema.conf(curModel));
        ps.setString(10, AnkiCollectionSchema.models(types, deckId));
        ps.setString(11, AnkiCollectionSchema.decks(deckName, deckDescription));
        ps.setString(12, AnkiCollectionSchema.dconf());
        ps.setString(13, "{}");
        ps.executeUpdate();
      }
      insertNotes(c, notes, deckId);
      c.commit();
      c.setAutoCommit(true);
      try (Statement st = c.createStatement()) {
        st.execute("VACUUM");
      }
    }
  }

  private void insertNotes(Connection c, List<AnkiNote> notes, long deckId) throws SQLException {
    Set<Long> noteIds = new HashSet<>();
    Set<Long> cardIds = new HashSet<>();
    try (PreparedStatement pn = c.prepareStatement("insert into notes values (?,?,?,?,?,?,?,?,?,?,?)");
        PreparedStatement pc = c.prepareStatement("insert into cards values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      int position = 0;
      for (AnkiNote n : notes) {
        position++;
        long mid = AnkiCollectionSchema.noteTypeId(n.type());
        String flds = String.join("\u001f", n.fields());
        String tags = " " + String.join(" ", n.tags()) + " ";
        long mod = stamps.mod(n.guid(), NoteStamps.content(mid, flds, tags));
        long nid = unique(noteIds, AnkiGuid.StableHash.below(ID_SPAN, "tiku-nid", n.guid()));
        String sortField = AnkiHtml.plain(n.fields().get(0));
        pn.setLong(1, nid);
        pn.setString(2, n.guid());
        pn.setLong(3, mid);
        pn.setLong(4, mod);
        pn.setInt(5, -1);
        pn.setString(6, tags);
        pn.setString(7, flds);
        pn.setString(8, sortField);
        pn.setLong(9, checksum(sortField));
        pn.setInt(10, 0);
        pn.setString(11, "");
        pn.executeUpdate();
        for (int ord = 0; ord < n.cards(); ord++) {
          long cid = unique(cardIds, AnkiGuid.StableHash.below(ID_SPAN, "tiku-cid", n.guid(), String.valueOf(ord)));
          Object[] row = {cid, nid, deckId, ord, mod, -1, 0, 0, position, 0, 0, 0, 0, 0, 0, 0, 0, ""};
          for (int i = 0; i < row.length; i++) {
            pc.setObject(i + 1, row[i]);
          }
          pc.executeUpdate();
        }
      }
    }
  }

  private static long unique(Set<Long> taken, long offset) {
    long id = ID_BASE + offset;
    while (!taken.add(id)) {
      id++;
    }
    return id;
  }

  /** Anki's field checksum: the first 32 bits of the SHA-1 of the field's plain text. */
  static long checksum(String plain) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-1").digest(plain.getBytes(StandardCharsets.UTF_8));
      return ((long) (d[0] & 0xff) << 24) | ((d[1] & 0xff) << 16) | ((d[2] & 0xff) << 8) | (d[3] & 0xff);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static void deleteTree(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a leftover temporary file is not worth failing the export for
    }
  }
}
