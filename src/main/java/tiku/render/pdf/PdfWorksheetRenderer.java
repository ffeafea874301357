package tiku.render.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import tiku.io.AtomicFiles;
import tiku.io.InputException;
import tiku.model.Language;
import tiku.model.Question;
import tiku.render.Labels;
import tiku.render.RenderJob;
import tiku.render.RenderOptions;
import tiku.render.Renderer;
import tiku.render.SideBySide;
import tiku.select.FormShuffler;

/**
 * Printable worksheets and answer keys (format "pdf"): {@code <deck>-worksheet.pdf} and
 * {@code <deck>-key.pdf}, or one pair per form ({@code <deck>-worksheet-A.pdf}, …), with the
 * Chinese font embedded as a subset so they print the same on any machine.
 */
public final class PdfWorksheetRenderer implements Renderer {
  @Override
  public String format() {
    return "pdf";
  }

  @Override
  public List<Path> render(RenderJob job) throws IOException {
    RenderOptions o = job.options();
    Language language = o.language() != null ? o.language() : job.bank().source().language();
    Labels labels = Labels.load(PdfWorksheetRenderer.class, language);
    PageSetup page = PageSetup.of(o.paper());
    List<String> forms = checkForms(o.forms());
    if (o.points() != null && (o.points() < 0 || o.points() > 1000)) {
      throw new InputException(null, "--points", "points per question must be between 0 and 1000, not " + o.points());
    }
    CjkFonts fonts = FontLoader.load(language, o.font());
    String base = job.baseName();

    // every document is made before any file is written, so a font that lacks a character
    // leaves no half-written set of files behind
    List<Path> paths = new ArrayList<>();
    List<Callable<byte[]>> documents = new ArrayList<>();
    List<String> labelsOrNull = forms.isEmpty() ? java.util.Collections.singletonList(null) : forms;
    for (String form : labelsOrNull) {
      List<Question> questions =
          form == null ? job.questions() : FormShuffler.form(job.questions(), form, o.seed());
      WorksheetPlan plan = WorksheetPlan.of(job, questions, form, labels);
      String suffix = form == null ? "" : "-" + form;
      paths.add(job.outDir().resolve(base + "-worksheet" + suffix + ".pdf"));
      documents.add(() ->
          StablePdf.write(page, fonts, labels, base + "/worksheet" + suffix, plan.fullTitle(),
              (doc, text) -> {
                new WorksheetLayout(text, labels, page).add(doc, plan);
                if (o.keyInline()) {
                  doc.newPage();
                  new AnswerKeyLayout(text, labels, page).add(doc, plan);
                }
              }));
      if (!o.keyInline()) {
        paths.add(job.outDir().resolve(base + "-key" + suffix + ".pdf"));
        documents.add(() ->
            StablePdf.write(page, fonts, labels, base + "/key" + suffix, labels.format("key.title", plan.fullTitle()),
                (doc, text) -> new AnswerKeyLayout(text, labels, page).add(doc, plan)));
      }
    }
    List<byte[]> bytes = SideBySide.values(documents, "tiku-pdf");
    for (int i = 0; i < paths.size(); i++) {
      byte[] b = bytes.get(i);
      AtomicFiles.write(paths.get(i), out -> out.write(b));
    }
    return paths;
  }

  /** Form labels become part of file names, so only short letters and digits are allowed. */
  static List<String> checkForms(List<String> forms) {
    List<String> out = new ArrayList<>();
    for (String f : forms) {
      String s = f == null ? "" : f.strip();
      if (!s.matches("[A-Za-z0-9]{1,8}")) {
        throw new InputException(null, "--forms", "a form label is 1–8 letters or digits, not '" + f + "'");
      }
      if (out.contains(s)) {
        throw new InputException(null, "--forms", "form " + s + " is given twice");
      }
      out.add(s);
    }
    return out;
  }
}
