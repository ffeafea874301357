package tiku.render.docx;

import java.math.BigInteger;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The named styles a worksheet is built from, so a teacher restyles it in Word's Styles pane
 * rather than paragraph by paragraph: Word's own Heading 1/2, Subtitle, List Number, Table Grid and
 * footer, plus three Tiku styles for answer options, instructions and key details.
 */
final class DocxStyles {
  static final String HEADING1 = "Heading1";
  static final String HEADING2 = "Heading2";
  static final String SUBTITLE = "Subtitle";
  static final String LIST_NUMBER = "ListNumber";
  static final String OPTIONS = "AnswerOptions";
  static final String FIELDS = "StudentFields";
  static final String INSTRUCTIONS = "Instructions";
  static final String KEY_TEXT = "KeyText";
  static final String KEY_DETAIL = "KeyDetail";
  static final String SECTION_HINT = "SectionHint";
  static final String MATCHING_TABLE = "MatchingTable";
  static final String KEY_TABLE = "KeyTable";
  static final String SECTION_POINTS = "SectionPoints";
  static final String FOOTER = "Footer";
  static final String HEADER = "Header";

  /** Where question text starts: room for 「（　）10.」 before it. */
  static final int QUESTION_INDENT = 1100;

  /** Body text size in half-points. */
  static final int BODY_HALF_POINTS = 21;

  private DocxStyles() {}

  static void install(XWPFDocument doc, DocxFonts fonts) {
    CTStyles ct = CTStyles.Factory.newInstance();
    CTDocDefaults defaults = ct.addNewDocDefaults();
    CTRPr rpr = defaults.addNewRPrDefault().addNewRPr();
    fonts(rpr.addNewRFonts(), fonts);
    // 10.5 pt, the size of printed Taiwanese tests; 40 questions fit on about four A4 pages
    rpr.addNewSz().setVal(BigInteger.valueOf(BODY_HALF_POINTS));
    rpr.addNewSzCs().setVal(BigInteger.valueOf(BODY_HALF_POINTS));
    CTLanguage lang = rpr.addNewLang();
    lang.setVal(fonts.lang());
    lang.setEastAsia(fonts.eastAsiaLang());
    CTPPrGeneral ppr = defaults.addNewPPrDefault().addNewPPr();
    ppr.addNewSpacing().setAfter(BigInteger.valueOf(60));
    ppr.getSpacing().setLine(BigInteger.valueOf(264));
    ppr.getSpacing().setLineRule(STLineSpacingRule.AUTO);

    CTStyle normal = style(ct, "Normal", "Normal", STStyleType.PARAGRAPH, null);
    normal.setDefault(true);
    normal.addNewQFormat();

    CTStyle h1 = style(ct, HEADING1, "heading 1", STStyleType.PARAGRAPH, "Normal");
    h1.addNewNext().setVal(SUBTITLE);
    CTPPrGeneral h1p = h1.addNewPPr();
    h1p.addNewKeepNext();
    h1p.addNewJc().setVal(STJc.CENTER);
    h1p.addNewSpacing().setAfter(BigInteger.valueOf(60));
    h1p.addNewOutlineLvl().setVal(BigInteger.ZERO);
    run(h1.addNewRPr(), 32, true, null);

    CTStyle sub = style(ct, SUBTITLE, "Subtitle", STStyleType.PARAGRAPH, "Normal");
    CTPPrGeneral subp = sub.addNewPPr();
    subp.addNewJc().setVal(STJc.CENTER);
    subp.addNewSpacing().setAfter(BigInteger.valueOf(120));
    run(sub.addNewRPr(), 19, false, "404040");

    CTStyle h2 = style(ct, HEADING2, "heading 2", STStyleType.PARAGRAPH, "Normal");
    h2.addNewNext().setVal(LIST_NUMBER);
    CTPPrGeneral h2p = h2.addNewPPr();
    h2p.addNewKeepNext();
    h2p.addNewSpacing().setBefore(BigInteger.valueOf(240));
    h2p.getSpacing().setAfter(BigInteger.valueOf(60));
    h2p.addNewOutlineLvl().setVal(BigInteger.ONE);
    run(h2.addNewRPr(), 24, true, null);

    CTStyle list = style(ct, LIST_NUMBER, "List Number", STStyleType.PARAGRAPH, "Normal");
    CTPPrGeneral lp = list.addNewPPr();
    lp.addNewKeepLines();
    lp.addNewSpacing().setBefore(BigInteger.valueOf(80));

    CTStyle options = style(ct, OPTIONS, "Answer Options", STStyleType.PARAGRAPH, "Normal");
    CTPPrGeneral op = options.addNewPPr();
    op.addNewKeepLines();
    op.addNewInd().setLeft(BigInteger.valueOf(QUESTION_INDENT));
    op.addNewSpacing().setAfter(BigInteger.valueOf(20));

    CTStyle fields = style(ct, FIELDS, "Student Fields", STStyleType.PARAGRAPH, "Normal");
    fields.addNewPPr().addNewSpacing().setBefore(BigInteger.valueOf(120));
    fields.getPPr().getSpacing().setAfter(BigInteger.valueOf(200));

    CTStyle instr = style(ct, INSTRUCTIONS, "Instructions", STStyleType.PARAGRAPH, "Normal");
    CTPPrGeneral ip = instr.addNewPPr();
    // no space between the lines: they share one box
    ip.addNewSpacing().setAfter(BigInteger.ZERO);
    ip.getSpacing().setLine(BigInteger.valueOf(276));
    ip.getSpacing().setLineRule(STLineSpacingRule.AUTO);
    border(ip.addNewPBdr().addNewTop());
    border(ip.getPBdr().addNewBottom());
    border(ip.getPBdr().addNewLeft());
    border(ip.getPBdr().addNewRight());
    run(instr.addNewRPr(), 19, false, null);

    CTStyle hint = style(ct, SECTION_HINT, "Section Hint", STStyleType.PARAGRAPH, "Normal");
    hint.addNewPPr().addNewKeepNext();
    hint.getPPr().addNewSpacing().setAfter(BigInteger.valueOf(40));
    run(hint.addNewRPr(), 21, false, "404040");

    CTStyle keyText = style(ct, KEY_TEXT, "Key Text", STStyleType.PARAGRAPH, "Normal");
    keyText.addNewPPr().addNewSpacing().setAfter(BigInteger.ZERO);
    keyText.getPPr().getSpacing().setLine(BigInteger.valueOf(240));
    keyText.getPPr().getSpacing().setLineRule(STLineSpacingRule.AUTO);
    run(keyText.addNewRPr(), 19, false, null);

    CTStyle detail = style(ct, KEY_DETAIL, "Key Detail", STStyleType.PARAGRAPH, KEY_TEXT);
    run(detail.addNewRPr(), 17, false, "595959");

    CTStyle footer = style(ct, FOOTER, "footer", STStyleType.PARAGRAPH, "Normal");
    footer.addNewPPr().addNewJc().setVal(STJc.CENTER);
    run(footer.addNewRPr(), 18, false, null);

    CTStyle header = style(ct, HEADER, "header", STStyleType.PARAGRAPH, "Normal");
    header.addNewPPr().addNewJc().setVal(STJc.RIGHT);
    run(header.addNewRPr(), 17, false, "595959");

    CTStyle points = style(ct, SECTION_POINTS, "Section Points", STStyleType.CHARACTER, null);
    run(points.addNewRPr(), 19, false, "595959");
    points.getRPr().addNewB().setVal(false);

    // matching columns print without rules, as on the PDF; a teacher can give the style a grid
    CTStyle matching = style(ct, MATCHING_TABLE, "Matching Table", STStyleType.TABLE, null);
    matching.addNewPPr().addNewSpacing().setAfter(BigInteger.ZERO);
    tableBorders(matching, "nil", "top", "left", "bottom", "right", "insideH", "insideV");

    CTStyle key = style(ct, KEY_TABLE, "Key Table", STStyleType.TABLE, null);
    key.addNewPPr().addNewSpacing().setAfter(BigInteger.ZERO);
    tableBorders(key, "single", "top", "bottom", "insideH");

    XWPFStyles styles = doc.createStyles();
    styles.setStyles(ct);
  }

  static void fonts(CTFonts f, DocxFonts fonts) {
    f.setAscii(fonts.latin());
    f.setHAnsi(fonts.latin());
    f.setEastAsia(fonts.eastAsia());
    f.setCs(fonts.latin());
  }

  private static CTStyle style(CTStyles ct, String id, String name, STStyleType.Enum type, String basedOn) {
    CTStyle s = ct.addNewStyle();
    s.setStyleId(id);
    s.setType(type);
    s.addNewName().setVal(name);
    if (basedOn != null) {
      s.addNewBasedOn().setVal(basedOn);
    }
    s.addNewQFormat();
    return s;
  }

  private static void run(CTRPr r, int halfPoints, boolean bold, String color) {
    if (bold) {
      r.addNewB();
      r.addNewBCs();
    }
    if (color != null) {
      r.addNewColor().setVal(color);
    }
    r.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    r.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
  }

  /**
   * Writes {@code <w:tblPr><w:tblBorders>…} into a table style with a cursor: POI's slim schema
   * jar has no compiled type for a style's table properties, but the XML itself is plain.
   */
  private static void tableBorders(CTStyle style, String val, String... sides) {
    String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    try (XmlCursor c = style.newCursor()) {
      c.toEndToken();
      c.beginElement(new QName(w, "tblPr", "w"));
      c.beginElement(new QName(w, "tblBorders", "w"));
      for (String side : sides) {
        c.beginElement(new QName(w, side, "w"));
        c.insertAttributeWithValue(new QName(w, "val", "w"), val);
        c.insertAttributeWithValue(new QName(w, "sz", "w"), "4");
        c.insertAttributeWithValue(new QName(w, "space", "w"), "0");
        c.insertAttributeWithValue(new QName(w, "color", "w"), "808080");
        c.toNextToken();
      }
    }
  }

  private static void border(CTBorder b) {
    b.setVal(STBorder.SINGLE);
    b.setSz(BigInteger.valueOf(4));
    b.setSpace(BigInteger.valueOf(2));
    b.setColor("808080");
  }

  /** Whether {@code doc} has a style of this id (tests, and callers that take a template). */
  static boolean has(XWPFDocument doc, String id) {
    XWPFStyle s = doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
    return s != null;
  }
}
