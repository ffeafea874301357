package tiku.render.lms;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Test helper: parses XML with a real parser that refuses DTDs and external entities. */
public final class SafeXml {
  private SafeXml() {}

  public static Document parse(Path file) throws Exception {
    return parse(Files.readAllBytes(file));
  }

  public static Document parse(byte[] bytes) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature("http://xml.org/sax/features/external-general-entities", false);
    f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    f.setCoalescing(true); // adjacent CDATA sections read back as one text
    DocumentBuilder b = f.newDocumentBuilder();
    b.setErrorHandler(null);
    return b.parse(new ByteArrayInputStream(bytes));
  }

  /** The element children of {@code parent} with this local name, in order. */
  public static List<Element> children(Node parent, String name) {
    List<Element> out = new ArrayList<>();
    NodeList nl = parent.getChildNodes();
    for (int i = 0; i < nl.getLength(); i++) {
      if (nl.item(i) instanceof Element e && name.equals(e.getLocalName())) {
        out.add(e);
      }
    }
    return out;
  }

  /** All element children of {@code parent}, in order. */
  public static List<Element> children(Node parent) {
    List<Element> out = new ArrayList<>();
    NodeList nl = parent.getChildNodes();
    for (int i = 0; i < nl.getLength(); i++) {
      if (nl.item(i) instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }

  /** The one child with this local name; fails if there is none or several. */
  public static Element child(Node parent, String name) {
    List<Element> c = children(parent, name);
    if (c.size() != 1) {
      throw new AssertionError("expected one <" + name + "> in <" + parent.getNodeName() + ">, found " + c.size());
    }
    return c.get(0);
  }

  /** Every descendant element with this local name, in document order. */
  public static List<Element> all(Node root, String name) {
    List<Element> out = new ArrayList<>();
    NodeList nl = root instanceof Document d ? d.getElementsByTagNameNS("*", name) : ((Element) root).getElementsByTagNameNS("*", name);
    for (int i = 0; i < nl.getLength(); i++) {
      out.add((Element) nl.item(i));
    }
    return out;
  }
}
