package tiku.render.lms;

import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin indenting layer over {@link XMLStreamWriter}, UTF-8. The stream writer does all the
 * escaping; this class only adds line breaks between elements (never inside mixed content),
 * splits CDATA around {@code ]]>} and replaces characters XML 1.0 cannot carry.
 */
public final class XmlOut {
  private static final String INDENT = "  ";

  private final XMLStreamWriter w;
  /** For each open element: true once it holds child elements (its end tag goes on a new line). */
  private final Deque<Boolean> children = new ArrayDeque<>();
  /** For each open element: true once it holds text (no whitespace may be added inside it). */
  private final Deque<Boolean> mixed = new ArrayDeque<>();

  private XmlOut(XMLStreamWriter w) {
    this.w = w;
  }

  /** Starts a UTF-8 document on {@code out}; the caller closes {@code out}. */
  public static XmlOut start(OutputStream out) throws XMLStreamException {
    XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
    w.writeStartDocument("UTF-8", "1.0");
    return new XmlOut(w);
  }

  /** Opens an element; {@code attrs} are name, value pairs (a null value leaves the attribute out). */
  public XmlOut open(String name, String... attrs) throws XMLStreamException {
    breakLine();
    w.writeStartElement(name);
    attributes(attrs);
    markChild();
    children.push(false);
    mixed.push(false);
    return this;
  }

  /** Opens the root element in a default namespace, with extra namespace declarations as prefix, uri pairs. */
  public XmlOut openRoot(String name, String namespace, String... prefixUriPairs) throws XMLStreamException {
    breakLine();
    w.setDefaultNamespace(namespace);
    w.writeStartElement(namespace, name);
    w.writeDefaultNamespace(namespace);
    for (int i = 0; i + 1 < prefixUriPairs.length; i += 2) {
      w.writeNamespace(prefixUriPairs[i], prefixUriPairs[i + 1]);
    }
    children.push(false);
    mixed.push(false);
    return this;
  }

  /** A plain attribute on the element just opened (after {@link #openRoot}). */
  public XmlOut attribute(String name, String value) throws XMLStreamException {
    w.writeAttribute(name, XmlChars.clean(value));
    return this;
  }

  /** An attribute on the element just opened, in a declared namespace (e.g. xsi:schemaLocation, xml:lang). */
  public XmlOut attribute(String prefix, String uri, String name, String value) throws XMLStreamException {
    if (XMLConstants.XML_NS_URI.equals(uri)) {
      w.writeAttribute("xml:" + name, XmlChars.clean(value));
    } else {
      w.writeAttribute(prefix, uri, name, XmlChars.clean(value));
    }
    return this;
  }

  public XmlOut close() throws XMLStreamException {
    boolean hadChildren = children.pop();
    boolean wasMixed = mixed.pop();
    if (hadChildren && !wasMixed) {
      newline(children.size());
    }
    w.writeEndElement();
    return this;
  }

  /** An element with only text in it, on one line. */
  public XmlOut leaf(String name, String text, String... attrs) throws XMLStreamException {
    open(name, attrs);
    text(text);
    return close();
  }

  /** An element whose text is written as CDATA (see {@link #cdata}). */
  public XmlOut cdataLeaf(String name, String text, String... attrs) throws XMLStreamException {
    open(name, attrs);
    cdata(text);
    return close();
  }

  /** An empty element. */
  public XmlOut empty(String name, String... attrs) throws XMLStreamException {
    breakLine();
    w.writeEmptyElement(name);
    attributes(attrs);
    markChild();
    return this;
  }

  /** Text inside the open element; from here on no indentation is added inside it. */
  public XmlOut text(String text) throws XMLStreamException {
    if (text != null && !text.isEmpty()) {
      markMixed();
      w.writeCharacters(XmlChars.clean(text));
    }
    return this;
  }

  /**
   * Text as CDATA. A CDATA section cannot hold {@code ]]>}, so the text is cut after {@code ]]}
   * and goes on in a second section: a parser reads the sections back as the one original text.
   */
  public XmlOut cdata(String text) throws XMLStreamException {
    if (text == null || text.isEmpty()) {
      return this;
    }
    markMixed();
    String rest = XmlChars.clean(text);
    int cut;
    while ((cut = rest.indexOf("]]>")) >= 0) {
      w.writeCData(rest.substring(0, cut + 2));
      rest = rest.substring(cut + 2);
    }
    w.writeCData(rest);
    return this;
  }

  /** Ends the document and flushes; the caller's stream stays open. */
  public void finish() throws XMLStreamException {
    while (!children.isEmpty()) {
      close();
    }
    w.writeCharacters("\n");
    w.writeEndDocument();
    w.flush();
    w.close();
  }

  private void attributes(String[] attrs) throws XMLStreamException {
    if (attrs.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs");
    }
    for (int i = 0; i < attrs.length; i += 2) {
      if (attrs[i + 1] != null) {
        w.writeAttribute(attrs[i], XmlChars.clean(attrs[i + 1]));
      }
    }
  }

  private void breakLine() throws XMLStreamException {
    if (!mixed.isEmpty() && mixed.peek()) {
      return;
    }
    newline(children.size());
  }

  private void newline(int depth) throws XMLStreamException {
    w.writeCharacters("\n" + INDENT.repeat(depth));
  }

  private void markChild() {
    if (!children.isEmpty()) {
      children.pop();
      children.push(true);
    }
  }

  private void markMixed() {
    if (!mixed.isEmpty()) {
      mixed.pop();
      mixed.push(true);
    }
  }
}
