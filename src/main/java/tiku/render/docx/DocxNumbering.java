package tiku.render.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Real Word list numbering for the questions: each worksheet section gets its own list starting
 * where the previous section stopped, so a question a teacher adds in Word numbers itself.
 * The answer bracket 「（　　）」 is part of the number's text, so it follows the number around.
 */
final class DocxNumbering {
  private final XWPFNumbering numbering;
  private final DocxFonts fonts;
  private int next;

  DocxNumbering(XWPFDocument doc, DocxFonts fonts) {
    this.numbering = doc.createNumbering();
    this.fonts = fonts;
  }

  /**
   * A new list whose numbers print as {@code lvlText} ("%1." or "（　　）%1."), hanging by
   * {@code indent} twips, counting from {@code start}.
   *
   * @return the numId for paragraphs of this list
   */
  BigInteger newList(String lvlText, int indent, int start) {
    CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
    abs.setAbstractNumId(BigInteger.valueOf(next++));
    CTLvl lvl = abs.addNewLvl();
    lvl.setIlvl(BigInteger.ZERO);
    lvl.addNewStart().setVal(BigInteger.valueOf(start));
    lvl.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
    lvl.addNewLvlText().setVal(lvlText);
    CTInd ind = lvl.addNewPPr().addNewInd();
    ind.setLeft(BigInteger.valueOf(indent));
    ind.setHanging(BigInteger.valueOf(indent));
    DocxStyles.fonts(lvl.addNewRPr().addNewRFonts(), fonts);
    BigInteger absId = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
    return numbering.addNum(absId);
  }
}
