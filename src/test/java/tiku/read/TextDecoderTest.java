package tiku.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tiku.io.InputException;

class TextDecoderTest {
  private static final Path FILE = Path.of("doc.txt");
  private static final String TEXT = "越共總書記蘇林(To Lam)出訪英國。\n碁銹裏墻恒粧嫺\n";

  @Test
  void plainUtf8() {
    var d = TextDecoder.decode(FILE, TEXT.getBytes(StandardCharsets.UTF_8), null);
    assertThat(d.text()).isEqualTo(TEXT);
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void utf8WithBomLosesTheBom() {
    byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
    var d = TextDecoder.decode(FILE, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body), null);
    assertThat(d.text()).isEqualTo(TEXT);
  }

  @Test
  void utf16WithEitherBom() {
    var le = TextDecoder.decode(FILE, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE)), null);
    var be = TextDecoder.decode(FILE, concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE)), null);
    assertThat(le.text()).isEqualTo(TEXT);
    assertThat(be.text()).isEqualTo(TEXT);
  }

  @Test
  void big5IsReadAsCp950WhichHasTheCharactersPlainBig5Lacks() throws Exception {
    byte[] cp950 = TEXT.getBytes(Charset.forName("x-windows-950"));
    // the Eten extension characters (碁銹裏…) are what plain Big5 cannot decode
    assertThat(TextDecoder.strict(cp950, Charset.forName("Big5"), 0)).isNull();
    var d = TextDecoder.decode(FILE, cp950, null);
    assertThat(d.text()).isEqualTo(TEXT);
    assertThat(d.charset().name()).isEqualTo("x-windows-950");
  }

  @Test
  void forcedEncodingSkipsDetection() {
    byte[] latin = "café au lait\n".getBytes(StandardCharsets.ISO_8859_1);
    var d = TextDecoder.decode(FILE, latin, StandardCharsets.ISO_8859_1);
    assertThat(d.text()).isEqualTo("café au lait\n");
  }

  @Test
  void forcedEncodingThatDoesNotFitIsRefusedWithTheOffset() {
    byte[] bad = {'a', 'b', (byte) 0xC3};
    assertThatThrownBy(() -> TextDecoder.decode(FILE, bad, StandardCharsets.UTF_8))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("offset 2");
  }

  @Test
  void truncatedUtf8ThatIsNotBig5NamesTheByteAndLine() {
    String good = "第一行\n第二行文字\n";
    byte[] body = good.getBytes(StandardCharsets.UTF_8);
    // a UTF-8 lead byte followed by ASCII: invalid UTF-8, and 0xE4 0x0A is no CP950 pair either
    byte[] bad = concat(body, new byte[] {(byte) 0xE4, '\n'});
    assertThatThrownBy(() -> TextDecoder.decode(FILE, bad, null))
        .isInstanceOfSatisfying(InputException.class, e -> {
          assertThat(e.getMessage()).contains("offset " + body.length).contains("UTF-8").contains("Big5");
          assertThat(e.place()).isEqualTo("line 3");
        });
  }

  @Test
  void binaryIsRefused() {
    byte[] bin = {'A', 0, 1, 2, 3, (byte) 0x9F, 0};
    assertThatThrownBy(() -> TextDecoder.decode(FILE, bin, null)).isInstanceOf(InputException.class).hasMessageContaining("not text");
  }

  @Test
  void pdfAndZipAreNamed() {
    assertThatThrownBy(() -> TextDecoder.decode(FILE, "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), null))
        .hasMessageContaining("PDF");
    assertThatThrownBy(() -> TextDecoder.decode(FILE, new byte[] {'P', 'K', 3, 4, 0, 0}, null)).hasMessageContaining("ZIP");
  }

  @Test
  void firstInvalidUtf8RejectsOverlongsAndSurrogates() {
    assertThat(TextDecoder.firstInvalidUtf8(new byte[] {(byte) 0xC0, (byte) 0x80})).isZero();
    assertThat(TextDecoder.firstInvalidUtf8(new byte[] {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80})).isEqualTo(1);
    assertThat(TextDecoder.firstInvalidUtf8("ok 好".getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    var out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }
}
