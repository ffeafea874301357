package tiku.render;

import java.util.List;
import tiku.model.Language;

/**
 * Output settings with their defaults; the command line only builds one of these.
 *
 * @param title overrides the bank title (null: the bank's)
 * @param language overrides the label language (null: the document's)
 * @param seed for every shuffle, so the same seed gives byte-identical files
 * @param forms form labels ("A", "B"); empty for a single unlabelled form
 * @param keyInline put the answer key after the worksheet in the same file
 * @param points points per question (null: each section's default)
 * @param paper "A4" or "Letter"
 * @param font a TrueType font path with an optional ",index" (null: the bundled Noto Sans)
 * @param deck the Anki deck name (null: "Tiku::" + title)
 */
public record RenderOptions(
    String title,
    Language language,
    long seed,
    List<String> forms,
    boolean keyInline,
    Integer points,
    String paper,
    String font,
    String deck) {
  public RenderOptions {
    forms = List.copyOf(forms);
  }

  public static RenderOptions defaults() {
    return new RenderOptions(null, null, 1L, List.of(), false, null, "A4", null, null);
  }

  public RenderOptions withTitle(String v) {
    return new RenderOptions(v, language, seed, forms, keyInline, points, paper, font, deck);
  }

  public RenderOptions withLanguage(Language v) {
    return new RenderOptions(title, v, seed, forms, keyInline, points, paper, font, deck);
  }

  public RenderOptions withSeed(long v) {
    return new RenderOptions(title, language, v, forms, keyInline, points, paper, font, deck);
  }

  public RenderOptions withForms(List<String> v) {
    return new RenderOptions(title, language, seed, v, keyInline, points, paper, font, deck);
  }

  public RenderOptions withKeyInline(boolean v) {
    return new RenderOptions(title, language, seed, forms, v, points, paper, font, deck);
  }

  public RenderOptions withPoints(Integer v) {
    return new RenderOptions(title, language, seed, forms, keyInline, v, paper, font, deck);
  }

  public RenderOptions withPaper(String v) {
    return new RenderOptions(title, language, seed, forms, keyInline, points, v, font, deck);
  }

  public RenderOptions withFont(String v) {
    return new RenderOptions(title, language, seed, forms, keyInline, points, paper, v, deck);
  }

  public RenderOptions withDeck(String v) {
    return new RenderOptions(title, language, seed, forms, keyInline, points, paper, font, v);
  }
}
