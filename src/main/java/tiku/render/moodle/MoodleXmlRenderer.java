package tiku.render.moodle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import tiku.io.AtomicFiles;
import tiku.model.Pillar;
import tiku.model.Question;
import tiku.model.QuestionBank;
import tiku.render.Labels;
import tiku.render.RenderJob;
import tiku.render.Renderer;
import tiku.render.lms.ExportReport;
import tiku.render.lms.HtmlText;
import tiku.render.lms.PlatformLabels;
import tiku.render.lms.XmlOut;

/**
 * Moodle XML ({@code <baseName>-moodle.xml}): every question type, grouped under one category
 * question per pillar ({@code $course$/top/<deck>/<pillar>}), with the stable id as idnumber,
 * tags, and the explanation plus source as general feedback.
 */
public final class MoodleXmlRenderer implements Renderer {
  @Override
  public String format() {
    return "moodle-xml";
  }

  @Override
  public List<Path> render(RenderJob job) throws IOException {
    ExportReport report = export(job);
    report.printWarnings(System.err);
    return report.files();
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
    for (Map.Entry<Integer, List<Question>> group : byPillar(job.questions()).entrySet()) {
      category(x, job.bank(), group.getKey(), labels);
      for (Question q : group.getValue()) {
        questions.write(q);
      }
    }
    x.finish();
  }

  /** Questions grouped by pillar, groups in the order their first question was selected. */
  static Map<Integer, List<Question>> byPillar(List<Question> questions) {
    Map<Integer, List<Question>> groups = new LinkedHashMap<>();
    for (Question q : questions) {
      groups.computeIfAbsent(q.pillar(), k -> new ArrayList<>()).add(q);
    }
    return groups;
  }

  private static void category(XmlOut x, QuestionBank bank, Integer pillar, Labels labels) throws XMLStreamException {
    String name = pillarName(bank, pillar, labels);
    x.open("question", "type", "category");
    x.open("category");
    x.cdataLeaf("text", MoodleCategoryPath.inCourse(bank.deck(), name));
    x.close();
    x.open("info", "format", "html");
    x.cdataLeaf("text", HtmlText.paragraph(bank.source().title() == null ? "" : bank.source().title()));
    x.close();
    x.close();
  }

  /** "一、加強政治…合作", "1. Defence and Security", or "其他" / "Other" for questions outside a pillar. */
  static String pillarName(QuestionBank bank, Integer pillar, Labels labels) {
    if (pillar == null) {
      return labels.get("category.other");
    }
    return bank.pillar(pillar)
        .map((Pillar p) -> labels.format("category.pillar", p.label(), p.heading()))
        .orElse(labels.get("pillar") + " " + pillar);
  }
}
