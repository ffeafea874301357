package tiku.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Makes every piece of text that goes on a page, in the worksheet's fonts, with Chinese line
 * breaking on each chunk. It also keeps a record of all text it made, so the fonts can be checked
 * for every character before a file is written.
 */
public final class PdfText {
  /** Type sizes in points. */
  static final float TITLE = 16f;
  static final float HEADING = 12.5f;
  static final float BODY = 11f;
  static final float SMALL = 9f;

  static final Color GREY = new Color(0x55, 0x55, 0x55);

  private final CjkFonts fonts;
  private final List<String> regularText = new ArrayList<>();
  private final List<String> boldText = new ArrayList<>();

  public PdfText(CjkFonts fonts) {
    this.fonts = fonts;
  }

  public CjkFonts fonts() {
    return fonts;
  }

  /** Text in the regular face. */
  public Phrase plain(String text, float size) {
    return phrase(chunk(text, size, false, null));
  }

  public Phrase grey(String text, float size) {
    return phrase(chunk(text, size, false, GREY));
  }

  /** Text in the bold face. */
  public Phrase bold(String text, float size) {
    return phrase(chunk(text, size, true, null));
  }

  public Phrase phrase(Chunk... chunks) {
    Phrase p = new Phrase();
    for (Chunk c : chunks) {
      p.add(c);
    }
    // leading 1.45× the type size: Chinese needs more air between lines than Latin
    float size = chunks.length == 0 ? BODY : chunks[0].getFont().getSize();
    p.setLeading(size * 1.45f);
    return p;
  }

  public Chunk chunk(String text, float size, boolean bold, Color color) {
    String clean = clean(text);
    (bold ? boldText : regularText).add(clean);
    Font font =
        new Font(
            bold ? fonts.bold() : fonts.regular(),
            size,
            bold && fonts.fakeBold() ? Font.BOLD : Font.NORMAL,
            color == null ? Color.BLACK : color);
    Chunk c = new Chunk(clean, font);
    c.setSplitCharacter(CjkSplitCharacter.INSTANCE);
    return c;
  }

  /** A line break inside a phrase, in our font (the stock Chunk.NEWLINE would pull in Helvetica). */
  public Chunk lineBreak(float size) {
    return new Chunk("\n", new Font(fonts.regular(), size));
  }

  /** Width in points of text in the regular face. */
  public float width(String text, float size) {
    return fonts.regular().getWidthPoint(clean(text), size);
  }

  public float boldWidth(String text, float size) {
    return fonts.bold().getWidthPoint(clean(text), size);
  }

  public boolean hasGlyph(char c) {
    return fonts.regular().charExists(c);
  }

  /** Everything set in the regular face so far. */
  public List<String> regularText() {
    return Collections.unmodifiableList(regularText);
  }

  public List<String> boldText() {
    return Collections.unmodifiableList(boldText);
  }

  /** Tabs, line breaks and other control characters from a document print as one space. */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    int first = 0;
    while (first < text.length() && !isBreakOrControl(text.charAt(first))) {
      first++;
    }
    if (first == text.length()) {
      return text; // nearly every text: no copy
    }
    StringBuilder sb = new StringBuilder(text.length()).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      sb.append(isBreakOrControl(c) ? ' ' : c);
    }
    return sb.toString();
  }

  private static boolean isBreakOrControl(int c) {
    return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
  }
}
