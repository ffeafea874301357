package tiku.render.docx;

import tiku.model.Language;

/**
 * The fonts and language tags a worksheet asks for. Noto Sans TC/SC are the fonts the PDF embeds;
 * Word on a machine without them falls back to the named system font (font table altName), and
 * LibreOffice picks a CJK font for the East Asian language tag.
 *
 * @param eastAsia the {@code w:eastAsia} font for Chinese characters
 * @param latin the {@code w:ascii}/{@code w:hAnsi} font
 * @param fallback the system font Word substitutes when {@code eastAsia} is missing
 * @param eastAsiaLang the {@code w:lang w:eastAsia} tag
 * @param lang the {@code w:lang w:val} tag: the language of Latin text, which decides where LibreOffice
 *     may break a Latin word (a Chinese tag here lets it split "JETP" anywhere)
 */
record DocxFonts(String eastAsia, String latin, String fallback, String eastAsiaLang, String lang) {
  static DocxFonts forLanguage(Language language) {
    return switch (language) {
      case ZH_HANT -> new DocxFonts("Noto Sans TC", "Noto Sans TC", "Microsoft JhengHei", "zh-TW", "en-US");
      case ZH_HANS -> new DocxFonts("Noto Sans SC", "Noto Sans SC", "Microsoft YaHei", "zh-CN", "en-US");
      case EN -> new DocxFonts("Noto Sans TC", "Noto Sans", "Microsoft JhengHei", "zh-TW", "en-US");
    };
  }
}
