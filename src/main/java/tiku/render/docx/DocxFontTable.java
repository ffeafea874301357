package tiku.render.docx;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;

/**
 * The document's font table, which is where Word looks for a substitute when a font is missing:
 * Noto Sans TC/SC with a system Chinese font as its {@code altName} and the Big5/GB2312 character
 * set, so a Windows machine without Noto shows Chinese in Microsoft JhengHei/YaHei rather than in
 * whatever it guesses. (POI's slim schema jar has no font-table types, so the XML is written with
 * the JDK's XML writer.)
 */
final class DocxFontTable {
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String PART = "/word/fontTable.xml";

  private DocxFontTable() {}

  static void add(XWPFDocument doc, DocxFonts fonts) {
    try {
      PackagePartName name = PackagingURIHelper.createPartName(PART);
      PackagePart part = doc.getPackage().createPart(name, XWPFRelation.FONT_TABLE.getContentType());
      doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL, XWPFRelation.FONT_TABLE.getRelation(), "rIdTikuFonts");
      try (OutputStream out = part.getOutputStream()) {
        XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        x.writeStartDocument("UTF-8", "1.0");
        x.setPrefix("w", W);
        x.writeStartElement(W, "fonts");
        x.writeNamespace("w", W);
        font(x, fonts.eastAsia(), fonts.fallback(), fonts.eastAsiaLang().equals("zh-CN") ? "86" : "88");
        if (!fonts.latin().equals(fonts.eastAsia())) {
          font(x, fonts.latin(), "Arial", "00");
        }
        x.writeEndElement();
        x.writeEndDocument();
        x.close();
      }
    } catch (InvalidFormatException | XMLStreamException | IOException e) {
      throw new IllegalStateException("cannot add the font table", e);
    }
  }

  private static void font(XMLStreamWriter x, String name, String alt, String charset) throws XMLStreamException {
    x.writeStartElement(W, "font");
    x.writeAttribute(W, "name", name);
    empty(x, "altName", alt);
    empty(x, "charset", charset);
    empty(x, "family", "swiss");
    empty(x, "pitch", "variable");
    x.writeEndElement();
  }

  private static void empty(XMLStreamWriter x, String element, String val) throws XMLStreamException {
    x.writeEmptyElement(W, element);
    x.writeAttribute(W, "val", val);
  }
}
