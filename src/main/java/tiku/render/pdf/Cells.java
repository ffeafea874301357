package tiku.render.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/** Borderless table cells and fixed-width tables, the building blocks of every block on the page. */
final class Cells {
  private Cells() {}

  static PdfPCell of(Phrase p) {
    PdfPCell c = new PdfPCell(p);
    // a cell ignores the phrase's leading; Chinese needs about 1.4 times the type size between lines
    c.setLeading(0f, 1.4f);
    c.setBorder(Rectangle.NO_BORDER);
    c.setPadding(1.5f);
    c.setPaddingBottom(3f);
    // the first line sits on the cell's top edge as in running text, not below an extra gap
    c.setUseAscender(true);
    c.setUseDescender(true);
    return c;
  }

  static PdfPCell of(PdfPTable inner) {
    PdfPCell c = new PdfPCell(inner);
    c.setBorder(Rectangle.NO_BORDER);
    c.setPadding(0f);
    return c;
  }

  static PdfPCell empty() {
    return of(new Phrase(""));
  }

  static PdfPCell spanning(PdfPCell c, int columns) {
    c.setColspan(columns);
    return c;
  }

  static PdfPCell right(PdfPCell c) {
    c.setHorizontalAlignment(Element.ALIGN_RIGHT);
    return c;
  }

  /**
   * A table as wide as the page's text, {@code width} points ({@link PageSetup#contentWidth}), with
   * columns of these widths. Not locked to its width, unlike {@link #table}: OpenPDF measures
   * every row of a locked table again when it places it, but keeps the heights it measured while
   * the rows were added when a page-wide table turns out as wide as it already was. So the width is
   * worked out the way OpenPDF will (the page's width at 100 percent) and set before any row.
   */
  static PdfPTable pageWide(float width, float... columns) {
    PdfPTable t = table(width, columns);
    t.setLockedWidth(false);
    t.setWidthPercentage(100f);
    t.setTotalWidth(width * 100f / 100f);
    return t;
  }

  /** A table exactly {@code width} points wide with columns of these widths. */
  static PdfPTable table(float width, float... columns) {
    PdfPTable t = new PdfPTable(columns.length);
    try {
      t.setTotalWidth(columns);
    } catch (com.lowagie.text.DocumentException e) {
      throw new IllegalArgumentException(e);
    }
    t.setTotalWidth(width);
    t.setLockedWidth(true);
    t.setHorizontalAlignment(Element.ALIGN_LEFT);
    t.getDefaultCell().setBorder(Rectangle.NO_BORDER);
    return t;
  }
}
