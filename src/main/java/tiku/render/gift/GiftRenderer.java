package tiku.render.gift;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tiku.io.AtomicFiles;
import tiku.model.Question;
import tiku.render.Labels;
import tiku.render.RenderJob;
import tiku.render.RenderReport;
import tiku.render.ReportingRenderer;
import tiku.render.Skipped;
import tiku.render.lms.PlatformLabels;

/**
 * Writes the selection as a GIFT file ({@code <deck>.gift.txt}) for Moodle's question import:
 * true/false, multiple choice, one-blank cloze (missing word) and matching. Ordering questions and
 * cloze questions with several blanks have no GIFT form; they are reported, and listed in the
 * file's header comment, never dropped silently.
 */
public final class GiftRenderer implements ReportingRenderer {
  @Override
  public String format() {
    return "gift";
  }

  @Override
  public RenderReport report(RenderJob job) throws IOException {
    Labels labels = PlatformLabels.of(job);
    GiftQuestionWriter writer = new GiftQuestionWriter(labels);

    // Moodle files questions by category; one $CATEGORY line per category, in order of first use
    Map<String, StringBuilder> byCategory = new LinkedHashMap<>();
    List<Skipped> skipped = new ArrayList<>();
    int written = 0;
    for (Question q : job.questions()) {
      Optional<String> why = writer.whyNot(q);
      if (why.isPresent()) {
        skipped.add(new Skipped(q.id(), why.get()));
        continue;
      }
      String category = GiftCategory.path(job.bank(), q, labels);
      byCategory.computeIfAbsent(category, k -> new StringBuilder()).append(writer.write(q));
      written++;
    }

    StringBuilder out = new StringBuilder();
    out.append("// ").append(GiftText.commentLine(title(job))).append('\n');
    out.append("// Tiku GIFT export: ").append(written).append(" of ").append(job.questions().size())
        .append(" questions. Moodle: Question bank > Import > GIFT format.\n");
    for (Skipped s : skipped) {
      out.append("// not included: ").append(GiftText.commentLine(s.questionId() + ": " + s.reason())).append('\n');
    }
    out.append('\n');
    for (Map.Entry<String, StringBuilder> e : byCategory.entrySet()) {
      out.append("$CATEGORY: ").append(e.getKey()).append("\n\n");
      out.append(e.getValue());
    }

    Path file = job.outDir().resolve(job.baseName() + ".gift.txt");
    AtomicFiles.writeString(file, out.toString());
    return new RenderReport(List.of(file), skipped);
  }

  private static String title(RenderJob job) {
    String t = job.options().title() != null ? job.options().title() : job.bank().source().title();
    // a "[id:" in the title would be read as the next question's idnumber by some GIFT readers
    return t == null ? "" : t.replace('[', '(').replace(']', ')');
  }
}
