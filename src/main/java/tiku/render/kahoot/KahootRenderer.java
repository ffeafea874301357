package tiku.render.kahoot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tiku.model.Language;
import tiku.model.Question;
import tiku.render.Labels;
import tiku.render.OoxmlFiles;
import tiku.render.RenderJob;
import tiku.render.RenderReport;
import tiku.render.ReportingRenderer;
import tiku.render.SingleLine;
import tiku.render.Skipped;

/**
 * Writes the multiple-choice and true/false questions that fit Kahoot (question ≤ 120 characters,
 * 2–4 answers ≤ 75 characters) as a Kahoot quiz spreadsheet, {@code <deck>-kahoot.xlsx}. Every
 * other question is reported and named in the sheet's header area; no text is cut.
 */
public final class KahootRenderer implements ReportingRenderer {
  @Override
  public String format() {
    return "kahoot";
  }

  @Override
  public RenderReport report(RenderJob job) throws IOException {
    Language lang = job.options().language() != null ? job.options().language() : job.bank().source().language();
    KahootFit fit = new KahootFit(Labels.of(lang));
    List<KahootRow> rows = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    for (Question q : job.questions()) {
      KahootFit.Result r = fit.fit(q);
      if (r.fits()) {
        rows.add(r.row());
      } else {
        skipped.add(new Skipped(q.id(), r.whyNot()));
      }
    }
    String title = SingleLine.of(job.options().title() != null ? job.options().title() : job.bank().source().title());
    List<String> notes = new ArrayList<>();
    notes.add("Tiku: " + rows.size() + " of " + job.questions().size()
        + " questions. Kahoot: Create > Add question > Import spreadsheet.");
    if (!skipped.isEmpty()) {
      notes.add("Not included (see the export's messages): "
          + String.join(", ", skipped.stream().map(Skipped::questionId).toList()));
    }
    Path file = job.outDir().resolve(job.baseName() + "-kahoot.xlsx");
    try (XSSFWorkbook wb = new KahootSheet().build(title, notes, rows)) {
      OoxmlFiles.write(wb, file, title, job.bank().source().date());
    }
    return new RenderReport(List.of(file), skipped);
  }
}
