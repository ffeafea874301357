package tiku.render;

import java.util.List;
import java.util.Optional;

/** The output formats by name. Each renderer is created only when asked for, so a command loads only what it uses. */
public final class Renderers {
  /** The formats {@code render} and {@code build} write by default. */
  public static final List<String> BUILD_FORMATS = List.of("pdf", "anki-csv", "apkg", "html", "docx");

  /** Every format, in the order help lists them. */
  public static final List<String> ALL_FORMATS =
      List.of(
          "pdf", "anki-csv", "apkg", "html", "docx", "xlsx", "moodle-xml", "gift", "qti12", "qti21",
          "kahoot", "quizlet");

  private Renderers() {}

  public static Optional<Renderer> forFormat(String format) {
    return Optional.ofNullable(
        switch (format) {
          case "pdf" -> new tiku.render.pdf.PdfWorksheetRenderer();
          case "anki-csv" -> new tiku.render.anki.AnkiCsvRenderer();
          case "apkg" -> new tiku.render.anki.ApkgRenderer();
          case "html" -> new tiku.render.html.HtmlSelfTestRenderer();
          case "docx" -> new tiku.render.docx.DocxWorksheetRenderer();
          case "xlsx" -> new tiku.render.xlsx.XlsxBankRenderer();
          case "moodle-xml" -> new tiku.render.moodle.MoodleXmlRenderer();
          case "gift" -> new tiku.render.gift.GiftRenderer();
          case "qti12" -> new tiku.render.qti.Qti12Renderer();
          case "qti21" -> new tiku.render.qti.Qti21Renderer();
          case "kahoot" -> new tiku.render.kahoot.KahootRenderer();
          case "quizlet" -> new tiku.render.quizlet.QuizletRenderer();
          default -> null;
        });
  }
}
