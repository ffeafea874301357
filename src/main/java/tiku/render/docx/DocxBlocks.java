package tiku.render.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabs;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/** Adds styled paragraphs and runs to a document; all text goes through POI, which escapes it. */
final class DocxBlocks {
  private final XWPFDocument doc;

  DocxBlocks(XWPFDocument doc) {
    this.doc = doc;
  }

  XWPFDocument doc() {
    return doc;
  }

  XWPFParagraph paragraph(String style, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setStyle(style);
    if (text != null && !text.isEmpty()) {
      text(p, text);
    }
    return p;
  }

  /** A List Number paragraph in list {@code numId}. */
  XWPFParagraph listItem(BigInteger numId) {
    XWPFParagraph p = doc.createParagraph();
    p.setStyle(DocxStyles.LIST_NUMBER);
    CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    CTNumPr num = ppr.addNewNumPr();
    num.addNewIlvl().setVal(BigInteger.ZERO);
    num.addNewNumId().setVal(numId);
    return p;
  }

  /** Text that may hold line breaks (explanations): each "\n" becomes a real line break. */
  static XWPFRun text(XWPFParagraph p, String text) {
    XWPFRun r = p.createRun();
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        r.addBreak();
      }
      r.setText(lines[i].replace('\t', ' '), i);
    }
    return r;
  }

  static XWPFRun bold(XWPFParagraph p, String text) {
    XWPFRun r = text(p, text);
    r.setBold(true);
    return r;
  }

  /** An answer line to write on: underlined ideographic spaces. */
  static void blank(XWPFParagraph p, int fullWidthChars) {
    XWPFRun r = p.createRun();
    r.setUnderline(UnderlinePatterns.SINGLE);
    r.setText("\u3000".repeat(fullWidthChars));
  }

  static void tab(XWPFParagraph p) {
    p.createRun().addTab();
  }

  static void tabStops(XWPFParagraph p, int... positions) {
    CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    CTTabs tabs = ppr.addNewTabs();
    for (int pos : positions) {
      var t = tabs.addNewTab();
      t.setVal(STTabJc.LEFT);
      t.setPos(BigInteger.valueOf(pos));
    }
  }

  static void keepWithNext(XWPFParagraph p) {
    CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    if (!ppr.isSetKeepNext()) {
      ppr.addNewKeepNext();
    }
  }

  void pageBreak() {
    doc.createParagraph().setPageBreak(true);
  }
}
