package tiku.render.quizlet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tiku.io.AtomicFiles;
import tiku.model.Language;
import tiku.model.Question;
import tiku.render.Labels;
import tiku.render.RenderJob;
import tiku.render.RenderReport;
import tiku.render.ReportingRenderer;
import tiku.render.Skipped;

/**
 * Writes flashcards for Quizlet's "Import" box, {@code <deck>-quizlet.tsv}: one card a line, term
 * TAB definition. Quizlet's import is not CSV: it has no quoting, so a tab or line break inside a
 * text becomes a space (see {@link tiku.render.SingleLine}) and nothing else is changed.
 */
public final class QuizletRenderer implements ReportingRenderer {
  @Override
  public String format() {
    return "quizlet";
  }

  @Override
  public RenderReport report(RenderJob job) throws IOException {
    Language lang = job.options().language() != null ? job.options().language() : job.bank().source().language();
    QuizletCards cards = new QuizletCards(Labels.load(QuizletRenderer.class, lang));
    Set<String> lines = new LinkedHashSet<>();
    List<Skipped> skipped = new ArrayList<>();
    for (Question q : job.questions()) {
      List<QuizletCard> made = cards.of(q).stream().filter(c -> !c.term().isEmpty() && !c.definition().isEmpty()).toList();
      if (made.isEmpty()) {
        skipped.add(new Skipped(q.id(), "it has no text for the front or the back of a card"));
      }
      // the same card from two questions (a pair asked twice) would only be studied twice
      made.forEach(c -> lines.add(c.term() + '\t' + c.definition() + '\n'));
    }
    Path file = job.outDir().resolve(job.baseName() + "-quizlet.tsv");
    AtomicFiles.writeString(file, String.join("", lines));
    return new RenderReport(List.of(file), skipped);
  }
}
