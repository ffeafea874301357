package tiku.render.anki;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The {@code mod} time of each note in a package. Anki updates an existing note (same GUID) on
 * import only when the incoming {@code mod} is greater, so a changed note must get a greater one,
 * yet the same input must give the same bytes, so the clock is never read. A note's {@code mod} is
 * a fixed base plus a number from the hash of its content; when the package being replaced is
 * still there, an unchanged note keeps its previous {@code mod} and a changed note gets at least
 * one more than before — so every rebuild over the previous output raises exactly the changed
 * notes.
 */
final class NoteStamps {
  /** Content hashes spread over about 194 days after the base. */
  static final long SPAN = 1L << 24;

  private record Previous(long mod, String content) {}

  private final Map<String, Previous> previous;

  private NoteStamps(Map<String, Previous> previous) {
    this.previous = previous;
  }

  static NoteStamps none() {
    return new NoteStamps(Map.of());
  }

  /** The stamps continuing from the package at {@code apkg}, if there is a readable one. */
  static NoteStamps continuing(Path apkg) {
    if (!Files.isRegularFile(apkg)) {
      return none();
    }
    Path dir = null;
    try {
      dir = Files.createTempDirectory("tiku-apkg-prev");
      Path db = dir.resolve("collection.anki2");
      if (!extract(apkg, db)) {
        return none();
      }
      Map<String, Previous> map = new HashMap<>();
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
          Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("select guid, mod, mid, flds, tags from notes")) {
        while (rs.next()) {
          map.put(rs.getString(1), new Previous(rs.getLong(2), content(rs.getLong(3), rs.getString(4), rs.getString(5))));
        }
      }
      return new NoteStamps(map);
    } catch (IOException | SQLException | RuntimeException e) {
      // not a package we can read: start afresh rather than fail the build
      return none();
    } finally {
      ApkgWriter.deleteTree(dir);
    }
  }

  private static boolean extract(Path apkg, Path db) throws IOException {
    try (InputStream in = Files.newInputStream(apkg);
        ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (e.getName().equals("collection.anki2")) {
          Files.copy(zip, db, StandardCopyOption.REPLACE_EXISTING);
          return true;
        }
      }
    }
    return false;
  }

  static String content(long mid, String flds, String tags) {
    return mid + "\u0000" + flds + "\u0000" + tags;
  }

  /** The {@code mod} of a note with this GUID and content (see {@link #content}). */
  long mod(String guid, String content) {
    long own = AnkiCollectionSchema.FIXED_SECONDS + AnkiGuid.StableHash.below(SPAN, "tiku-mod", content);
    Previous p = previous.get(guid);
    if (p == null) {
      return own;
    }
    if (p.content().equals(content)) {
      return p.mod();
    }
    return Math.max(own, p.mod() + 1);
  }
}
