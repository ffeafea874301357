package tiku.render.qti;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import tiku.io.AtomicFiles;
import tiku.model.Question;
import tiku.render.Changed;
import tiku.render.Labels;
import tiku.render.RenderJob;
import tiku.render.RenderReport;
import tiku.render.ReportingRenderer;
import tiku.render.lms.HtmlText;
import tiku.render.lms.PlatformLabels;
import tiku.render.lms.XmlOut;

/**
 * A QTI 1.2 package ({@code <baseName>-qti12.zip}) laid out as Canvas exports a classic quiz:
 * {@code imsmanifest.xml}, the assessment {@code <id>/<id>.xml} and Canvas's
 * {@code <id>/assessment_meta.xml}. Blackboard and D2L read the same manifest and assessment.
 */
public final class Qti12Renderer implements ReportingRenderer {
  static final String QTI_NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2";
  static final String CP_NS = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1";
  static final String CANVAS_NS = "http://canvas.instructure.com/xsd/cccv1p0";
  static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

  @Override
  public String format() {
    return "qti12";
  }

  /** Writes the package and says what QTI 1.2 could not carry as it is; it leaves no question out. */
  @Override
  public RenderReport report(RenderJob job) throws IOException {
    Labels labels = PlatformLabels.of(job);
    List<Changed> changes = new ArrayList<>();
    String id = QtiIds.forDeck(job.bank().deck());
    String title = job.options().title() != null ? job.options().title() : job.bank().source().title();
    int points = job.options().points() == null ? 1 : job.options().points();
    String assessmentFile = id + "/" + id + ".xml";
    String metaFile = id + "/assessment_meta.xml";

    PackageZip zip = new PackageZip();
    zip.addXml("imsmanifest.xml", x -> manifest(x, id, title, assessmentFile, metaFile));
    zip.addXml(assessmentFile, x -> assessment(x, job, id, title, labels, points, changes));
    zip.addXml(metaFile, x -> meta(x, id, title, points * job.questions().size()));
    Path out = job.outDir().resolve(job.baseName() + "-qti12.zip");
    AtomicFiles.write(out, zip::writeTo);
    return new RenderReport(List.of(out), List.of(), changes);
  }

  private static void manifest(XmlOut x, String id, String title, String assessmentFile, String metaFile)
      throws XMLStreamException {
    x.openRoot("manifest", CP_NS, "xsi", XSI_NS);
    x.attribute("identifier", id + "_manifest");
    x.attribute("xsi", XSI_NS, "schemaLocation", CP_NS + " http://www.imsglobal.org/xsd/imscp_v1p1.xsd");
    x.open("metadata");
    x.leaf("schema", "IMS Content");
    x.leaf("schemaversion", "1.1.3");
    x.close();
    x.empty("organizations");
    x.open("resources");
    x.open("resource", "identifier", id, "type", "imsqti_xmlv1p2");
    x.empty("file", "href", assessmentFile);
    x.empty("dependency", "identifierref", id + "_meta");
    x.close();
    x.open("resource", "identifier", id + "_meta", "type", "associatedcontent/imscc_xmlv1p1/learning-application-resource",
        "href", metaFile);
    x.empty("file", "href", metaFile);
    x.close();
    x.close();
    x.close();
  }

  private static void assessment(XmlOut x, RenderJob job, String id, String title, Labels labels, int points,
      List<Changed> changes) throws XMLStreamException {
    x.openRoot("questestinterop", QTI_NS, "xsi", XSI_NS);
    x.attribute("xsi", XSI_NS, "schemaLocation", QTI_NS + " http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd");
    x.open("assessment", "ident", id, "title", title);
    x.open("qtimetadata");
    x.open("qtimetadatafield").leaf("fieldlabel", "cc_maxattempts").leaf("fieldentry", "1").close();
    x.close();
    x.open("section", "ident", "root_section");
    Qti12ItemWriter items = new Qti12ItemWriter(x, labels, points, changes);
    List<String> ids = QtiIds.forQuestions(job.questions());
    for (int i = 0; i < ids.size(); i++) {
      Question q = job.questions().get(i);
      items.write(q, ids.get(i));
    }
    x.close().close().close();
  }

  /** Canvas's quiz settings: an unpublished graded quiz that shows the answers after the attempt. */
  private static void meta(XmlOut x, String id, String title, int pointsPossible) throws XMLStreamException {
    x.openRoot("quiz", CANVAS_NS, "xsi", XSI_NS);
    x.attribute("xsi", XSI_NS, "schemaLocation", CANVAS_NS + " https://canvas.instructure.com/xsd/cccv1p0.xsd");
    x.attribute("identifier", id);
    x.leaf("title", title);
    x.leaf("description", HtmlText.paragraph(title));
    x.leaf("shuffle_answers", "false");
    x.leaf("scoring_policy", "keep_highest");
    x.leaf("hide_results", "");
    x.leaf("quiz_type", "assignment");
    x.leaf("points_possible", pointsPossible + ".0");
    x.leaf("show_correct_answers", "true");
    x.leaf("anonymous_submissions", "false");
    x.leaf("could_be_locked", "false");
    x.leaf("allowed_attempts", "1");
    x.leaf("one_question_at_a_time", "false");
    x.leaf("cant_go_back", "false");
    x.leaf("available", "false");
    x.leaf("one_time_results", "false");
    x.leaf("show_correct_answers_last_attempt", "false");
    x.leaf("only_visible_to_overrides", "false");
    x.leaf("module_locked", "false");
    x.close();
  }
}
