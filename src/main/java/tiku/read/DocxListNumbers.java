package tiku.read;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;

/**
 * Works out the number Word prints before a list paragraph. A .docx stores no numbers, only list
 * definitions: each paragraph names a list (numId) and a level; the list names an abstract
 * definition with each level's start value, number format and text ("%1.", "%1、", "(%2)").
 * Counting is per abstract definition, as Word does, so a list split by headings continues; a
 * list instance with a start override restarts it; a level restarts its sub-levels.
 */
final class DocxListNumbers {
  private static final int LEVELS = 9;

  private final XWPFNumbering numbering;
  private final Map<BigInteger, int[]> counters = new HashMap<>();
  private final Set<BigInteger> seenNums = new HashSet<>();

  DocxListNumbers(XWPFNumbering numbering) {
    this.numbering = numbering;
  }

  /** The printed number ("5.", "一、", "•"), or null when the list or level is not defined. */
  String next(BigInteger numId, int ilvl) {
    if (numbering == null || numId == null || numId.signum() == 0 || ilvl < 0 || ilvl >= LEVELS) {
      return null; // numId 0 means "numbering switched off"
    }
    XWPFNum num = numbering.getNum(numId);
    if (num == null || num.getCTNum().getAbstractNumId() == null) {
      return null;
    }
    BigInteger absId = num.getCTNum().getAbstractNumId().getVal();
    XWPFAbstractNum abs = numbering.getAbstractNum(absId);
    if (abs == null) {
      return null;
    }
    CTLvl[] lvls = new CTLvl[LEVELS];
    for (CTLvl l : abs.getCTAbstractNum().getLvlArray()) {
      int i = l.getIlvl() == null ? 0 : l.getIlvl().intValue();
      if (i >= 0 && i < LEVELS) {
        lvls[i] = l;
      }
    }
    if (lvls[ilvl] == null) {
      return null;
    }
    int[] count = counters.computeIfAbsent(absId, k -> fresh(lvls));
    if (seenNums.add(numId)) {
      for (CTNumLvl o : num.getCTNum().getLvlOverrideArray()) {
        if (o.isSetStartOverride() && o.getIlvl() != null && o.getIlvl().intValue() < LEVELS) {
          count[o.getIlvl().intValue()] = o.getStartOverride().getVal().intValue() - 1;
        }
      }
    }
    count[ilvl]++;
    for (int deeper = ilvl + 1; deeper < LEVELS; deeper++) {
      count[deeper] = start(lvls[deeper]) - 1;
    }
    return text(lvls, count, ilvl);
  }

  private static int[] fresh(CTLvl[] lvls) {
    int[] c = new int[LEVELS];
    for (int i = 0; i < LEVELS; i++) {
      c[i] = start(lvls[i]) - 1;
    }
    return c;
  }

  private static int start(CTLvl l) {
    return l == null || l.getStart() == null ? 1 : l.getStart().getVal().intValue();
  }

  /** The level text with each %n replaced by level n's counter in that level's format. */
  private static String text(CTLvl[] lvls, int[] count, int ilvl) {
    CTLvl l = lvls[ilvl];
    String fmt = format(l);
    String pattern = l.getLvlText() == null ? "%" + (ilvl + 1) + "." : l.getLvlText().getVal();
    if (fmt.equals("bullet")) {
      return "•";
    }
    if (fmt.equals("none")) {
      return pattern.replaceAll("%[1-9]", "");
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '%' && i + 1 < pattern.length() && pattern.charAt(i + 1) >= '1' && pattern.charAt(i + 1) <= '9') {
        int level = pattern.charAt(i + 1) - '1';
        sb.append(NumberFormats.format(Math.max(0, count[level]), format(lvls[level])));
        i++;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static String format(CTLvl l) {
    return l == null || l.getNumFmt() == null || l.getNumFmt().getVal() == null
        ? "decimal"
        : l.getNumFmt().getVal().toString();
  }
}
