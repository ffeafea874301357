package tiku.render.docx;

import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Paper size, margins, and the footer 「第 X 頁／共 Y 頁」 made of PAGE and NUMPAGES fields, so Word
 * and LibreOffice count the pages themselves after a teacher's edits.
 */
final class DocxPage {
  private static final int MARGIN = 1134; // 2 cm
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([01])\\}");

  private final int width;
  private final int height;

  private DocxPage(int width, int height) {
    this.width = width;
    this.height = height;
  }

  /** A4 unless the options say Letter. */
  static DocxPage of(String paper) {
    if (paper != null && paper.equalsIgnoreCase("letter")) {
      return new DocxPage(12240, 15840);
    }
    return new DocxPage(11906, 16838);
  }

  /** The width between the margins, in twips. */
  int textWidth() {
    return width - 2 * MARGIN;
  }

  /**
   * Sets the page and writes the footer on every page and, from page 2 on, a header naming
   * {@code runningTitle} (the first page already has the title in large type).
   */
  void apply(XWPFDocument doc, String pageLabel, String runningTitle) {
    CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
        ? doc.getDocument().getBody().getSectPr()
        : doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.addNewPgSz();
    size.setW(BigInteger.valueOf(width));
    size.setH(BigInteger.valueOf(height));
    CTPageMar mar = sect.addNewPgMar();
    mar.setTop(BigInteger.valueOf(MARGIN));
    mar.setBottom(BigInteger.valueOf(MARGIN));
    mar.setLeft(BigInteger.valueOf(MARGIN));
    mar.setRight(BigInteger.valueOf(MARGIN));
    mar.setHeader(BigInteger.valueOf(567));
    mar.setFooter(BigInteger.valueOf(567));
    mar.setGutter(BigInteger.ZERO);

    sect.addNewTitlePg(); // a first page of its own: no running header there
    footer(doc.createFooter(HeaderFooterType.FIRST), pageLabel);
    footer(doc.createFooter(HeaderFooterType.DEFAULT), pageLabel);
    doc.createHeader(HeaderFooterType.FIRST).createParagraph().setStyle(DocxStyles.HEADER);
    XWPFParagraph h = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
    h.setStyle(DocxStyles.HEADER);
    h.createRun().setText(runningTitle);
  }

  private static void footer(XWPFFooter footer, String pageLabel) {
    XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
    p.setStyle(DocxStyles.FOOTER);
    // the label is text with {0} for this page and {1} for the page count
    Matcher m = PLACEHOLDER.matcher(pageLabel);
    int at = 0;
    while (m.find()) {
      text(p, pageLabel.substring(at, m.start()));
      field(p, m.group(1).equals("0") ? "PAGE" : "NUMPAGES");
      at = m.end();
    }
    text(p, pageLabel.substring(at));
  }

  private static void text(XWPFParagraph p, String s) {
    if (!s.isEmpty()) {
      p.createRun().setText(s);
    }
  }

  private static void field(XWPFParagraph p, String instr) {
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    XWPFRun code = p.createRun();
    code.getCTR().addNewInstrText().setStringValue(instr);
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    p.createRun().setText("1");
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
  }
}
