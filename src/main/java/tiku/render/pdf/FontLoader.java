package tiku.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import tiku.io.InputException;
import tiku.model.Language;

/**
 * Finds the fonts for a worksheet: the bundled Noto Sans TC (Traditional Chinese and English) or
 * Noto Sans SC (Simplified Chinese), or a TrueType file given with {@code --font PATH[,INDEX]}.
 * Fonts are embedded as subsets, so only the glyphs a worksheet uses end up in the PDF.
 */
public final class FontLoader {
  /** Bundled faces, parsed once per run: each file is 7–10 MB. */
  private static final Map<String, BaseFont> BUNDLED = new ConcurrentHashMap<>();

  private FontLoader() {}

  /** The fonts for this language, or the --font file when {@code fontOption} is not null. */
  public static CjkFonts load(Language language, String fontOption) {
    if (fontOption != null && !fontOption.isBlank()) {
      return custom(fontOption.strip());
    }
    String family = language == Language.ZH_HANS ? "NotoSansSC" : "NotoSansTC";
    boolean latin = language == Language.EN;
    // the two faces are inflated from the jar and parsed side by side: a fifth of a second each
    CompletableFuture<BaseFont> bold = CompletableFuture.supplyAsync(() -> bundled(family + "-Bold.ttf", latin));
    BaseFont regular = bundled(family + "-Regular.ttf", latin);
    try {
      return new CjkFonts(family.replace("NotoSans", "Noto Sans "), regular, bold.join(), false);
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  /**
   * A bundled face; for English text a copy whose closing quotes ’ ” are only as wide as their
   * mark. Noto Sans TC draws them full-width, as Chinese typesetting wants, which leaves a gap
   * after every apostrophe in English ("U.K.’ s").
   */
  private static BaseFont bundled(String file, boolean latin) {
    if (!latin) {
      return bundled(file);
    }
    return BUNDLED.computeIfAbsent(
        file + "#latin",
        f -> {
          BaseFont font = load(file);
          for (char c : new char[] {'\u2019', '\u201D'}) {
            int[] box = font.getCharBBox(c);
            if (box != null && box[2] > 0) {
              font.setCharAdvance(c, box[2] + 80);
            }
          }
          return font;
        });
  }

  private static BaseFont bundled(String file) {
    return BUNDLED.computeIfAbsent(file, FontLoader::load);
  }

  private static BaseFont load(String file) {
    try (InputStream in = FontLoader.class.getResourceAsStream("/tiku/fonts/" + file)) {
      if (in == null) {
        throw new IllegalStateException(
            "the bundled font /tiku/fonts/" + file + " is missing from the jar (run mvn package)");
      }
      return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A --font value: a path, optionally followed by ",N" to pick face N of a .ttc collection. */
  static CjkFonts custom(String option) {
    String path = option;
    int index = -1;
    int comma = option.lastIndexOf(',');
    if (comma > 0 && option.substring(comma + 1).strip().matches("\\d{1,3}")) {
      path = option.substring(0, comma);
      index = Integer.parseInt(option.substring(comma + 1).strip());
    }
    Path file = Path.of(path);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InputException(file, null, "no such font file (--font)");
    } catch (IOException e) {
      throw new InputException(file, null, "cannot read the font file (" + e.getMessage() + ")");
    }
    String kind = FontFileKind.of(bytes, Math.max(index, 0));
    switch (kind) {
      case FontFileKind.CFF ->
          throw new InputException(
              file, null,
              "this is an OpenType font with CFF outlines (OTTO); OpenPDF damages some of its glyphs"
                  + " when it embeds a subset, so use a TrueType (glyf) font such as Noto Sans TC .ttf");
      case FontFileKind.COLLECTION_INDEX_OUT_OF_RANGE ->
          throw new InputException(file, null, "the font collection has no face number " + index);
      case FontFileKind.UNKNOWN ->
          throw new InputException(file, null, "not a TrueType font (.ttf or .ttc)");
      default -> { }
    }
    boolean collection = kind.equals(FontFileKind.COLLECTION);
    if (!collection && index > 0) {
      throw new InputException(file, null, "a face number (,"+ index + ") only makes sense for a .ttc collection");
    }
    // OpenPDF picks its parser by the name's ending, so give it one that matches the bytes
    String name = collection ? "font.ttc," + Math.max(index, 0) : "font.ttf";
    try {
      BaseFont f = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
      return new CjkFonts(file.getFileName().toString(), f, f, true);
    } catch (IOException | RuntimeException e) {
      throw new InputException(file, null, "cannot use this font (" + e.getMessage() + ")", e);
    }
  }
}
