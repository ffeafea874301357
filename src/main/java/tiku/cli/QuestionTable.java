package tiku.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.regex.Pattern;
import tiku.model.Question;

/** Prints questions as an aligned table that respects the double width of CJK characters. */
final class QuestionTable {
  private static final int STEM_WIDTH = 60;
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private QuestionTable() {}

  static void print(List<Question> qs, PrintWriter out) {
    int idw = Math.max(2, qs.stream().mapToInt(q -> q.id().length()).max().orElse(2));
    out.println(pad("ID", idw) + "  " + pad("TYPE", 15) + "  " + pad("LEVEL", 6) + "  " + pad("PILLAR", 6) + "  " + pad("STATUS", 8) + "  STEM");
    for (Question q : qs) {
      out.println(
          pad(q.id(), idw) + "  " + pad(q.type().id(), 15) + "  " + pad(q.difficulty().id(), 6) + "  "
              + pad(q.pillar() == null ? "-" : String.valueOf(q.pillar()), 6) + "  " + pad(q.status().id(), 8) + "  "
              + clip(SPACES.matcher(q.stem()).replaceAll(" "), STEM_WIDTH));
    }
  }

  static String pad(String s, int width) {
    StringBuilder sb = new StringBuilder(s);
    for (int w = width(s); w < width; w++) {
      sb.append(' ');
    }
    return sb.toString();
  }

  static String clip(String s, int width) {
    if (width(s) <= width) {
      return s;
    }
    StringBuilder sb = new StringBuilder();
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int cw = charWidth(cp);
      if (w + cw > width - 1) {
        break;
      }
      sb.appendCodePoint(cp);
      w += cw;
      i += Character.charCount(cp);
    }
    return sb.append('…').toString();
  }

  static int width(String s) {
    return s.codePoints().map(QuestionTable::charWidth).sum();
  }

  /** East Asian wide and full-width characters take two columns in a terminal. */
  static int charWidth(int cp) {
    if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD)) {
      return 2;
    }
    return 1;
  }
}
