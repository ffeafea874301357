package tiku.render.lms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class XmlOutTest {
  @Test
  void textThatXmlCannotCarryIsReplacedVisiblyAndTheRestSurvives() throws Exception {
    String text = "a\u0001b\u0000c\uD800d 😀 ]]> ]]]]> <&> \t\n\r\n\r";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XmlOut x = XmlOut.start(out);
    x.open("root", "attr", text);
    x.cdataLeaf("c", text);
    x.leaf("t", text);
    x.finish();
    Document doc = SafeXml.parse(out.toByteArray());
    String expected = "a\uFFFDb\uFFFDc\uFFFDd 😀 ]]> ]]]]> <&> \t\n\n\n";
    assertThat(SafeXml.child(doc.getDocumentElement(), "c").getTextContent()).isEqualTo(expected);
    assertThat(SafeXml.child(doc.getDocumentElement(), "t").getTextContent()).isEqualTo(expected);
    // attribute values are normalised by the parser (tab and newline become spaces) but not lost
    assertThat(((Element) doc.getDocumentElement()).getAttribute("attr")).startsWith("a\uFFFDb\uFFFDc\uFFFDd 😀 ]]> ]]]]> <&>");
  }
}
