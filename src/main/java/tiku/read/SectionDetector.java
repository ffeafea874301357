package tiku.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises heading lines: 一、…十一、, （一）, 第一章, Roman and letter headings ("A. …") and
 * ALL-CAPS headings. Numbered headings ("1. Introduction") are told apart from clauses by
 * {@link StructureParser}, which sees the lines around them.
 */
public final class SectionDetector {
  private static final String CN = "[一二三四五六七八九十百零〇]";
  // every pattern is anchored and its repetitions bounded, so matching is linear in the line
  private static final Pattern CN_ITEM = Pattern.compile("^(" + CN + "{1,4})[、．.]\\s*+(?=\\S)");
  private static final Pattern CN_PAREN = Pattern.compile("^[（(](" + CN + "{1,4})[）)]\\s*+(?=\\S)");
  private static final Pattern CHAPTER =
      Pattern.compile("^第(" + CN + "{1,5}|[0-9]{1,3})([章編编篇部節节])(?:\\s++|[、：:]|$)");
  private static final Pattern ROMAN = Pattern.compile("^([IVX]{1,5})[.)]\\s++(?=\\S)");
  private static final Pattern LETTER = Pattern.compile("^([A-Z])[.)]\\s++(?=[A-Z0-9“\"‘'])");

  /** Longest heading in columns: longer numbered lines are items, not headings. */
  static final int MAX_HEADING_WIDTH = 100;

  private SectionDetector() {}

  /** The heading marker of a trimmed line, or null when it is not a heading. */
  // Every pattern starts with ^: lookingAt() finds what find() finds, without trying later offsets.
  public static Marker match(String line) {
    if (line.isEmpty() || Chars.width(line) > MAX_HEADING_WIDTH * 3) {
      return null;
    }
    Matcher m = CHAPTER.matcher(line);
    if (m.lookingAt()) {
      String kind = m.group(2);
      int rank = kind.equals("節") || kind.equals("节") ? 1 : 0;
      return new Marker("chapter" + kind, m.group(1), Numerals.chinese(m.group(1)), m.end(), rank);
    }
    if (!headingLike(line)) {
      return null;
    }
    m = CN_ITEM.matcher(line);
    if (m.lookingAt()) {
      return new Marker("cn", m.group(1), Numerals.chinese(m.group(1)), m.end(), 2);
    }
    m = CN_PAREN.matcher(line);
    if (m.lookingAt()) {
      return new Marker("cn-paren", m.group(1), Numerals.chinese(m.group(1)), m.end(), 3);
    }
    m = ROMAN.matcher(line);
    if (m.lookingAt()) {
      return new Marker("roman", m.group(1), Numerals.roman(m.group(1)), m.end(), 1);
    }
    m = LETTER.matcher(line);
    if (m.lookingAt()) {
      return new Marker("letter", m.group(1), m.group(1).charAt(0) - 'A' + 1, m.end(), 2);
    }
    if (allCaps(line)) {
      return new Marker("caps", "", 0, 0, 2);
    }
    return null;
  }

  /** Short, and not a sentence: headings do not end with a full stop. */
  static boolean headingLike(String line) {
    if (Chars.width(line) > MAX_HEADING_WIDTH) {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    return "。.；;，,：:、".indexOf(last) < 0;
  }

  /** At least four letters, all of them capital Latin letters, and no CJK. */
  static boolean allCaps(String line) {
    int letters = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Chars.isCjk(c) || Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 4;
  }
}
