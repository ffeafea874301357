package tiku.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tiku.io.InputException;
import tiku.model.Language;
import tiku.render.RenderJob;
import tiku.render.RenderOptions;
import tiku.testing.SampleBanks;

class FontLoaderTest {
  @TempDir Path dir;

  /** A Latin-only TrueType font from the system, or null (the test then says so and skips). */
  private static Path latinFont() {
    for (String p : List.of(
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf")) {
      if (Files.isRegularFile(Path.of(p))) {
        return Path.of(p);
      }
    }
    return null;
  }

  @Test
  void cffOpenTypeFontsAreRefusedWithAReason() throws IOException {
    Path otf = dir.resolve("SourceHanSans.otf");
    byte[] b = new byte[64];
    b[0] = 'O';
    b[1] = 'T';
    b[2] = 'T';
    b[3] = 'O';
    Files.write(otf, b);
    assertThatThrownBy(() -> FontLoader.load(Language.ZH_HANT, otf.toString()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("CFF")
        .hasMessageContaining("OTTO")
        .satisfies(e -> assertThat(((InputException) e).file()).isEqualTo(otf));
  }

  @Test
  void aCffFaceInsideACollectionIsRefusedToo() throws IOException {
    Path ttc = dir.resolve("fonts.ttc");
    byte[] b = new byte[64];
    System.arraycopy("ttcf".getBytes(), 0, b, 0, 4);
    b[11] = 1; // one face
    b[15] = 20; // at offset 20
    System.arraycopy("OTTO".getBytes(), 0, b, 20, 4);
    Files.write(ttc, b);
    assertThatThrownBy(() -> FontLoader.load(Language.ZH_HANT, ttc + ",0"))
        .isInstanceOf(InputException.class).hasMessageContaining("CFF");
    assertThatThrownBy(() -> FontLoader.load(Language.ZH_HANT, ttc + ",3"))
        .isInstanceOf(InputException.class).hasMessageContaining("no face number 3");
  }

  @Test
  void missingAndNonFontFilesAreInputErrors() throws IOException {
    assertThatThrownBy(() -> FontLoader.load(Language.ZH_HANT, dir.resolve("nope.ttf").toString()))
        .isInstanceOf(InputException.class).hasMessageContaining("no such font file");
    Path txt = Files.writeString(dir.resolve("notes.ttf"), "hello, this is not a font");
    assertThatThrownBy(() -> FontLoader.load(Language.ZH_HANT, txt.toString()))
        .isInstanceOf(InputException.class).hasMessageContaining("not a TrueType font");
  }

  @Test
  void aFontWithoutChineseIsRefusedNamingTheMissingCharacters() throws IOException {
    Path latin = latinFont();
    if (latin == null) {
      System.err.println("SKIPPED FontLoaderTest: no Latin-only TrueType font (DejaVu/Liberation) on this machine");
    }
    assumeTrue(latin != null, "no Latin-only TrueType font on this machine");
    var zh = SampleBanks.chinese();
    Path out = dir.resolve("out");
    RenderOptions o = RenderOptions.defaults().withFont(latin.toString());
    assertThatThrownBy(() -> new PdfWorksheetRenderer().render(new RenderJob(zh, zh.questions(), o, out)))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(latin.getFileName().toString())
        .hasMessageContaining("'依' U+4F9D")
        .hasMessageContaining("'一' U+4E00");
    assertThat(out).doesNotExist();
  }

  @Test
  void aLatinFontIsFineForAnEnglishWorksheet() throws IOException {
    Path latin = latinFont();
    if (latin == null) {
      System.err.println("SKIPPED FontLoaderTest: no Latin-only TrueType font (DejaVu/Liberation) on this machine");
    }
    assumeTrue(latin != null, "no Latin-only TrueType font on this machine");
    var en = SampleBanks.english();
    List<Path> out = new PdfWorksheetRenderer().render(
        new RenderJob(en, en.questions(), RenderOptions.defaults().withFont(latin.toString()), dir));
    String text = PdfFixtures.text(out.get(0));
    assertThat(PdfFixtures.squeeze(text)).contains(PdfFixtures.squeeze(en.questions().get(0).stem()));
  }

  @Test
  void theFontLicenceShipsWithTheFonts() throws IOException {
    for (String name : List.of("NotoSansTC-OFL.txt", "NotoSansSC-OFL.txt")) {
      try (var in = FontLoader.class.getResourceAsStream("/tiku/fonts/" + name)) {
        assertThat(in).as(name).isNotNull();
        assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
            .contains("SIL OPEN FONT LICENSE Version 1.1");
      }
    }
    for (String face : List.of("NotoSansTC-Regular.ttf", "NotoSansTC-Bold.ttf", "NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf")) {
      assertThat(FontLoader.class.getResource("/tiku/fonts/" + face)).as(face).isNotNull();
    }
  }
}
