package tiku.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import tiku.render.Labels;

/**
 * Prints 「第 1 頁／共 3 頁」 centred under each page, and from page 2 on the title with its form
 * at the top right, so a loose sheet still says which test and form it belongs to. The total is known because the document is
 * laid out twice (see {@link StablePdf}); the first time it is 0 and only the pages are counted.
 */
final class PageNumberer extends PdfPageEventHelper {
  private final PdfText text;
  private final Labels labels;
  private final PageSetup page;
  private final int total;
  private final String runningHead;
  private int pages;

  PageNumberer(PdfText text, Labels labels, PageSetup page, int total, String runningHead) {
    this.text = text;
    this.labels = labels;
    this.page = page;
    this.total = total;
    this.runningHead = runningHead;
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    pages++;
    String line = labels.format("page", String.valueOf(pages), String.valueOf(Math.max(total, pages)));
    float x = page.left() + page.contentWidth() / 2f;
    float y = page.bottom() / 2f;
    ColumnText.showTextAligned(
        writer.getDirectContent(), Element.ALIGN_CENTER, text.plain(line, PdfText.SMALL), x, y, 0f);
    if (pages > 1 && runningHead != null) {
      float top = page.size().getHeight() - page.top() / 2f - PdfText.SMALL / 2f;
      ColumnText.showTextAligned(
          writer.getDirectContent(), Element.ALIGN_RIGHT, text.grey(runningHead, PdfText.SMALL),
          page.left() + page.contentWidth(), top, 0f);
    }
  }

  int pages() {
    return pages;
  }
}
