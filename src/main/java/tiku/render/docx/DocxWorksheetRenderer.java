package tiku.render.docx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import tiku.model.BankSource;
import tiku.model.Language;
import tiku.model.Question;
import tiku.render.Labels;
import tiku.render.OoxmlFiles;
import tiku.render.RenderJob;
import tiku.render.RenderOptions;
import tiku.render.Renderer;
import tiku.render.WorksheetSection;
import tiku.select.FormShuffler;

/**
 * Word worksheets and answer keys with the PDF worksheet's layout, built from named Word styles
 * and real list numbering so a teacher can restyle and edit them: {@code <deck>-worksheet.docx}
 * and {@code <deck>-key.docx}, or one pair per form ({@code -worksheet-A.docx}, …).
 */
public final class DocxWorksheetRenderer implements Renderer {
  @Override
  public String format() {
    return "docx";
  }

  @Override
  public List<Path> render(RenderJob job) throws IOException {
    RenderOptions opt = job.options();
    BankSource src = job.bank().source();
    Language lang = opt.language() != null ? opt.language() : src.language();
    Labels labels = Labels.load(DocxWorksheetRenderer.class, lang);
    String title = opt.title() != null ? opt.title() : src.title();
    List<Path> out = new ArrayList<>();
    List<String> forms = opt.forms().isEmpty() ? java.util.Collections.singletonList(null) : opt.forms();
    for (String form : forms) {
      List<Question> qs = form == null ? job.questions() : FormShuffler.form(job.questions(), form, opt.seed());
      List<WorksheetSection> sections = WorksheetSection.of(qs, opt.points());
      String suffix = form == null ? "" : "-" + tiku.io.SafeNames.slug(form).toUpperCase(java.util.Locale.ROOT);
      String formTitle = form == null ? title : labels.format("title.form", title, labels.format("form", form));
      String keyTitle = labels.format("key.title", formTitle, labels.get("answer.key"));
      String sourceLine = sourceLine(labels, src, title);

      Path sheet = job.outDir().resolve(job.baseName() + "-worksheet" + suffix + ".docx");
      try (XWPFDocument doc = newDocument(lang, labels, opt, formTitle)) {
        DocxBlocks blocks = new DocxBlocks(doc);
        DocxNumbering numbering = new DocxNumbering(doc, DocxFonts.forLanguage(lang));
        new DocxWorksheet(blocks, labels, numbering, DocxPage.of(opt.paper())).write(formTitle, sourceLine, sections);
        if (opt.keyInline()) {
          blocks.pageBreak();
          new DocxKey(blocks, labels, DocxPage.of(opt.paper())).write(keyTitle, sections);
        }
        OoxmlFiles.write(doc, sheet, formTitle, src.date());
      }
      out.add(sheet);
      if (!opt.keyInline()) {
        Path key = job.outDir().resolve(job.baseName() + "-key" + suffix + ".docx");
        try (XWPFDocument doc = newDocument(lang, labels, opt, keyTitle)) {
          new DocxKey(new DocxBlocks(doc), labels, DocxPage.of(opt.paper())).write(keyTitle, sections);
          OoxmlFiles.write(doc, key, keyTitle, src.date());
        }
        out.add(key);
      }
    }
    return out;
  }

  private static XWPFDocument newDocument(Language lang, Labels labels, RenderOptions opt, String runningTitle) {
    XWPFDocument doc = new XWPFDocument();
    DocxStyles.install(doc, DocxFonts.forLanguage(lang));
    DocxFontTable.add(doc, DocxFonts.forLanguage(lang));
    DocxPage.of(opt.paper()).apply(doc, labels.get("page"), runningTitle);
    return doc;
  }

  /**
   * 「資料來源：…　日期：2025-10-31」: the source only when the teacher's title does not already
   * name it, the date only when the source gives one; empty when neither applies.
   */
  private static String sourceLine(Labels labels, BankSource src, String title) {
    List<String> parts = new ArrayList<>();
    if (src.title() != null && !src.title().equals(title)) {
      parts.add(labels.format("source.line", src.title()));
    }
    if (src.date() != null) {
      parts.add(labels.format("date.line", src.date()));
    }
    return String.join(labels.get("separator"), parts);
  }
}
