package tiku.render.moodle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import tiku.io.AtomicFiles;
import tiku.model.QuestionBank;
import tiku.render.Changed;
import tiku.render.Labels;
import tiku.render.RenderJob;
import tiku.render.RenderReport;
import tiku.render.ReportingRenderer;
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

  /** Writes the file and says what Moodle may not take as written; it leaves no question out. */
  @Override
  public RenderReport report(RenderJob job) throws IOException {
    Labels labels = PlatformLabels.of(job);
    List<Changed> changes = new ArrayList<>();
    Path out = job.outDir().resolve(job.baseName() + "-moodle.xml");
    AtomicFiles.write(
        out,
        os -> {
          try {
            write(XmlOut.start(os), job, labels, changes);
          } catch (XMLStreamException e) {
            throw new IOException("cannot write Moodle XML: " + e.getMessage(), e);
          }
        });
    return new RenderReport(List.of(out), List.of(), changes);
  }

  private void write(XmlOut x, RenderJob job, Labels labels, List<Changed> changes) throws XMLStreamException {
    int points = job.options().points() == null ? 1 : job.options().points();
    MoodleQuestionWriter questions = new MoodleQuestionWriter(x, labels, points, changes);
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
