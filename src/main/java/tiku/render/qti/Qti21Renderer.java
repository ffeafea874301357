package tiku.render.qti;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import tiku.io.AtomicFiles;
import tiku.model.Question;
import tiku.render.Changed;
import tiku.render.Labels;
import tiku.render.RenderJob;
import tiku.render.RenderReport;
import tiku.render.ReportingRenderer;
import tiku.render.lms.PillarGroups;
import tiku.render.lms.PlatformLabels;
import tiku.render.lms.XmlOut;

/**
 * A QTI 2.1 content package ({@code <baseName>-qti21.zip}): one {@code imsqti_v2p1}
 * assessmentItem per question under {@code items/}, an assessmentTest with one section per
 * pillar, and an {@code imscp_v1p1} manifest listing each file as a resource.
 */
public final class Qti21Renderer implements ReportingRenderer {
  static final String CP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1";
  private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

  @Override
  public String format() {
    return "qti21";
  }

  /** Writes the package and says what QTI 2.1 could not carry as it is; it leaves no question out. */
  @Override
  public RenderReport report(RenderJob job) throws IOException {
    Labels labels = PlatformLabels.of(job);
    List<Changed> changes = new ArrayList<>();
    String testId = QtiIds.forDeck(job.bank().deck());
    String title = job.options().title() != null ? job.options().title() : job.bank().source().title();
    List<String> ids = QtiIds.forQuestions(job.questions());
    Qti21ItemWriter items = new Qti21ItemWriter(labels, changes);

    PackageZip zip = new PackageZip();
    zip.addXml("imsmanifest.xml", x -> manifest(x, testId, ids));
    int points = job.options().points() == null ? 1 : job.options().points();
    zip.addXml(testId + ".xml", x -> test(x, job, testId, title, ids, labels, points));
    for (int i = 0; i < ids.size(); i++) {
      Question q = job.questions().get(i);
      String id = ids.get(i);
      zip.addXml(itemHref(id), x -> items.write(x, q, id));
    }
    Path out = job.outDir().resolve(job.baseName() + "-qti21.zip");
    AtomicFiles.write(out, zip::writeTo);
    return new RenderReport(List.of(out), List.of(), changes);
  }

  static String itemHref(String id) {
    return "items/" + id + ".xml";
  }

  private static void manifest(XmlOut x, String testId, List<String> ids) throws XMLStreamException {
    x.openRoot("manifest", CP_NS, "xsi", XSI);
    x.attribute("identifier", testId + "_manifest");
    x.attribute("xsi", XSI, "schemaLocation", CP_NS + " http://www.imsglobal.org/xsd/imscp_v1p1.xsd");
    x.open("metadata").leaf("schema", "QTIv2.1 Package").leaf("schemaversion", "1.0.0").close();
    x.empty("organizations");
    x.open("resources");
    x.open("resource", "identifier", testId, "type", "imsqti_test_xmlv2p1", "href", testId + ".xml");
    x.empty("file", "href", testId + ".xml");
    for (String id : ids) {
      x.empty("dependency", "identifierref", id);
    }
    x.close();
    for (String id : ids) {
      x.open("resource", "identifier", id, "type", "imsqti_item_xmlv2p1", "href", itemHref(id));
      x.empty("file", "href", itemHref(id));
      x.close();
    }
    x.close().close();
  }

  /**
   * The test: one part, one section per pillar (in order of first selected question), the score
   * summed; each item scores 0 or 1, so points other than 1 are carried as the items' weight.
   */
  private static void test(XmlOut x, RenderJob job, String testId, String title, List<String> ids, Labels labels,
      int points) throws XMLStreamException {
    String weight = points == 1 ? null : "W";
    x.openRoot("assessmentTest", Qti21ItemWriter.NS, "xsi", XSI);
    x.attribute("xsi", XSI, "schemaLocation", Qti21ItemWriter.NS + " " + Qti21ItemWriter.SCHEMA);
    x.attribute("identifier", testId);
    x.attribute("title", title);
    x.attribute("toolName", "Tiku");
    x.open("outcomeDeclaration", "identifier", "SCORE", "cardinality", "single", "baseType", "float");
    x.open("defaultValue").leaf("value", "0").close();
    x.close();
    x.open("testPart", "identifier", "part1", "navigationMode", "nonlinear", "submissionMode", "simultaneous");
    int n = 1;
    for (Map.Entry<Integer, List<Integer>> s : PillarGroups.of(job.questions()).entrySet()) {
      String name = PillarGroups.name(job.bank(), s.getKey(), labels);
      x.open("assessmentSection", "identifier", "section" + n++, "title", name, "visible", "true");
      for (int i : s.getValue()) {
        if (weight == null) {
          x.empty("assessmentItemRef", "identifier", ids.get(i), "href", itemHref(ids.get(i)));
        } else {
          x.open("assessmentItemRef", "identifier", ids.get(i), "href", itemHref(ids.get(i)));
          x.empty("weight", "identifier", weight, "value", String.valueOf(points));
          x.close();
        }
      }
      x.close();
    }
    x.close();
    x.open("outcomeProcessing").open("setOutcomeValue", "identifier", "SCORE").open("sum");
    x.empty("testVariables", "variableIdentifier", "SCORE", "weightIdentifier", weight);
    x.close().close().close();
    x.close();
  }
}
