import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

/** Floor probe: sqlite-jdbc creates a database file with one table and one row (the .apkg path). */
public final class SqliteDb {
  public static void main(String[] args) throws Exception {
    run(Path.of(args[0]));
  }

  static void run(Path out) throws Exception {
    Files.deleteIfExists(out);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + out.toAbsolutePath())) {
      try (Statement s = c.createStatement()) {
        s.executeUpdate("create table notes (id integer primary key, flds text not null)");
      }
      try (PreparedStatement p = c.prepareStatement("insert into notes values (?, ?)")) {
        p.setLong(1, 1);
        p.setString(2, "題庫 floor");
        p.executeUpdate();
      }
    }
  }
}
