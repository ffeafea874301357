package tiku.render.pdf;

import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import java.util.Locale;
import tiku.io.InputException;

/** The paper and its margins, in points. */
public record PageSetup(Rectangle size, float left, float right, float top, float bottom) {
  /** A4 or US Letter, with margins of about 2 cm and room for the page number below. */
  public static PageSetup of(String paper) {
    String p = paper == null ? "A4" : paper.strip().toLowerCase(Locale.ROOT);
    Rectangle size =
        switch (p) {
          case "a4" -> PageSize.A4;
          case "letter" -> PageSize.LETTER;
          default -> throw new InputException(null, "--paper", "unknown paper '" + paper + "' (A4 or Letter)");
        };
    return new PageSetup(size, 54f, 54f, 48f, 56f);
  }

  public float contentWidth() {
    return size.getWidth() - left - right;
  }
}
