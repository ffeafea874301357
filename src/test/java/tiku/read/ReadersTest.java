package tiku.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tiku.io.InputException;

class ReadersTest {
  @TempDir Path dir;

  @Test
  void missingFile() {
    Path f = dir.resolve("nope.txt");
    assertThatThrownBy(() -> Readers.read(f, ReadOptions.defaults()))
        .isInstanceOfSatisfying(InputException.class, e -> {
          assertThat(e.file()).isEqualTo(f);
          assertThat(e.oneLine()).isEqualTo(f + ": no such file");
        });
  }

  @Test
  void directory() {
    assertThatThrownBy(() -> Readers.read(dir, ReadOptions.defaults())).isInstanceOf(InputException.class).hasMessageContaining("directory");
  }

  @Test
  void emptyAndWhitespaceOnly() throws Exception {
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\t\n\u3000\n");
    assertThatThrownBy(() -> Readers.read(empty, ReadOptions.defaults())).hasMessage("is empty");
    assertThatThrownBy(() -> Readers.read(blank, ReadOptions.defaults())).isInstanceOf(InputException.class).hasMessageContaining("white space");
  }

  @Test
  void onlySymbolsIsNoContent() throws Exception {
    Path f = Files.writeString(dir.resolve("hash.txt"), "###\n***\n");
    assertThatThrownBy(() -> Readers.read(f, ReadOptions.defaults())).isInstanceOf(InputException.class).hasMessageContaining("no readable content");
  }

  @Test
  void hugeFileIsRefusedBeforeReading() throws Exception {
    Path f = dir.resolve("huge.txt");
    try (var raf = new RandomAccessFile(f.toFile(), "rw")) {
      raf.setLength(Readers.MAX_BYTES + 1);
    }
    assertThatThrownBy(() -> Readers.read(f, ReadOptions.defaults())).isInstanceOf(InputException.class).hasMessageContaining("20 MB");
  }

  @Test
  void unreadableFile() throws Exception {
    Path f = Files.writeString(dir.resolve("secret.txt"), "text");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
    boolean enforced = !Files.isReadable(f);
    if (!enforced) {
      System.err.println("ReadersTest.unreadableFile skipped: running as a user who can read any file (root)");
    }
    assumeTrue(enforced, "permissions are not enforced for this user");
    assertThatThrownBy(() -> Readers.read(f, ReadOptions.defaults())).isInstanceOf(InputException.class).hasMessageContaining("permission");
  }

  @Test
  void big5FileEndToEnd() throws Exception {
    String text = "一、總則\n1. 雙方同意加強合作，落實《巴黎協定》。\n2. 碁銹裏墻。\n";
    Path f = Files.write(dir.resolve("big5.txt"), text.getBytes(Charset.forName("x-windows-950")));
    var doc = Readers.read(f, ReadOptions.defaults());
    assertThat(doc.metadata()).containsEntry("encoding", "x-windows-950");
    assertThat(doc.clauses()).extracting(c -> c.text()).containsExactly("雙方同意加強合作，落實《巴黎協定》。", "碁銹裏墻。");
    assertThat(doc.sections()).singleElement().satisfies(s -> assertThat(s.heading()).isEqualTo("總則"));
  }

  @Test
  void utf16BomFileWithCrlfEndToEnd() throws Exception {
    String text = "Title of it\r\n\r\nA. FIRST PART\r\n1. We agree.\r\n2. We sign the Paris Agreement.\r\n";
    byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
    byte[] all = new byte[body.length + 2];
    all[0] = (byte) 0xFF;
    all[1] = (byte) 0xFE;
    System.arraycopy(body, 0, all, 2, body.length);
    var doc = Readers.read(Files.write(dir.resolve("u16.txt"), all), ReadOptions.defaults());
    assertThat(doc.source()).doesNotContain("\r").doesNotStartWith("\uFEFF");
    assertThat(doc.title()).isEqualTo("Title of it");
    assertThat(doc.clauses()).hasSize(2);
    assertThat(doc.clauses().get(1).span().startLine()).isEqualTo(5);
  }

  @Test
  void forcedEncodingIsUsed() throws Exception {
    Path f = Files.write(dir.resolve("latin1.txt"), "Résumé of the café treaty.\n".getBytes(StandardCharsets.ISO_8859_1));
    var doc = Readers.read(f, ReadOptions.defaults().withEncoding(StandardCharsets.ISO_8859_1));
    assertThat(doc.content()).isEqualTo("Résumé of the café treaty.");
  }
}
