package tiku.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.util.BitSet;
import java.util.Collection;
import java.util.TreeSet;
import java.util.stream.Collectors;
import tiku.io.InputException;

/**
 * Refuses to print a worksheet whose font lacks some of its characters, naming them, rather than
 * let them vanish from the page.
 */
public final class GlyphCoverageCheck {
  private static final int SHOWN = 20;

  private GlyphCoverageCheck() {}

  /** The code points of {@code texts} that {@code font} has no glyph for, in order. */
  public static TreeSet<Integer> missing(BaseFont font, Collection<String> texts) {
    // each distinct character is asked about once: a long worksheet repeats a few thousand
    // characters hundreds of thousands of times, and the font's lookup is a boxed-key map
    BitSet seen = new BitSet();
    TreeSet<Integer> out = new TreeSet<>();
    for (String t : texts) {
      for (int i = 0; i < t.length(); ) {
        int cp = t.codePointAt(i);
        i += Character.charCount(cp);
        if (seen.get(cp)) {
          continue;
        }
        seen.set(cp);
        if (!Character.isWhitespace(cp) && !Character.isISOControl(cp) && cp != 0xA0 && !font.charExists(cp)) {
          out.add(cp);
        }
      }
    }
    return out;
  }

  /** Throws an InputException naming the missing characters, if any. */
  public static void check(PdfText text) {
    TreeSet<Integer> missing = missing(text.fonts().regular(), text.regularText());
    missing.addAll(missing(text.fonts().bold(), text.boldText()));
    if (missing.isEmpty()) {
      return;
    }
    String shown =
        missing.stream()
            .limit(SHOWN)
            .map(cp -> "'" + new String(Character.toChars(cp)) + "' " + String.format("U+%04X", cp))
            .collect(Collectors.joining(", "));
    throw new InputException(
        null,
        "--font",
        "the font " + text.fonts().name() + " has no glyph for " + missing.size() + " character"
            + (missing.size() == 1 ? "" : "s") + " this worksheet uses: " + shown
            + (missing.size() > SHOWN ? ", …" : "")
            + "; choose a font that covers them (the bundled Noto Sans TC/SC cover Chinese and English)");
  }
}
