package tiku.render.moodle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import tiku.io.AtomicFiles;
import tiku.model.QuestionBank;
import tiku.render.Labels;
import tiku.render.RenderJob;
import tiku.render.RenderReport;
import tiku.render.ReportingRenderer;
import tiku.render.lms.ExportReport;
import tiku.render.lms.HtmlText;
import tiku.render.lms.PillarGroups;
import tiku.render.lms.PlatformLabels;
import tiku.render.lms.XmlOut;

/**
 * Moodle XML ({@code <baseName>-moodle.xml}): every question type, grouped under one category
 * question per pillar ({@code $course$/top/<deck>/<pillar>}), with the stable id as idnumber,
 * tags, and the explanation plus source as general feedback.
 */
public final class MoodleXmlRenderer implements ReportingRenderer {
  @Override
  public String format() {
    return "moodle-xml";
  }

  /**
   * Writes the file(s). This format leaves no question out; what it had to change is printed on
   * stderr (see {@link #export} for the list).
   */
  @Override
  public RenderReport report(RenderJob job) throws IOException {
    ExportReport report = export(job);
    report.printWarnings(System.err);
    return new RenderReport(report.files(), List.of());
  }

  /** Writes the file and says what Moodle may not take as written. */
  public ExportReport export(RenderJob job) throws IOException {
    Labels labels = PlatformLabels.of(job);
    List<String> warnings = new ArrayList<>();
    Path out = job.outDir().resolve(job.baseName() + "-moodle.xml");
    AtomicFiles.write(
        out,
        os -> {
          try {
            write(XmlOut.start(os), job, labels, warnings);
          } catch (XMLStreamException e) {
            throw new IOException("cannot write Moodle XML: " + e.getMessage(), e);
          }
        });
    return new ExportReport(format(), List.of(out), warnings);
  }

  private void write(XmlOut x, RenderJob job, Labels labels, List<String> warnings) throws XMLStreamException {
    int points = job.options().points() == null ? 1 : job.options().points();
    MoodleQuestionWriter questions = new MoodleQuestionWriter(x, labels, points, warnings);
    x.open("quiz");
    for (Map.Entry<Integer, List<Integer>> group : PillarGroups.of(job.questions()).entrySet()) {
      category(x, job.bank(), PillarGroups.name(job.bank(), group.getKey(), labels));
      for (int i : group.getValue()) {
        questions.write(job.questions().get(i));
      }
    }
    x.finish();
  }

  private static void category(XmlOut x, QuestionBank bank, String name) throws XMLStreamException {
    x.open("question", "type", "category");
    x.open("category");
    x.cdataLeaf("text", MoodleCategoryPath.inCourse(bank.deck(), name));
    x.close();
    x.open("info", "format", "html");
    x.cdataLeaf("text", HtmlText.paragraph(bank.source().title() == null ? "" : bank.source().title()));
    x.close();
    x.close();
  }
}
