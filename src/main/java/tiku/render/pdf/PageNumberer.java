package tiku.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;
import tiku.render.Labels;

/**
 * Prints 「第 1 頁／共 3 頁」 centred under each page, and from page 2 on the title with its form
 * at the top right, so a loose sheet still says which test and form it belongs to. The total is
 * not known until the last page, so each page gets an empty template for its page line, and all of
 * them are filled in when the document closes; the document is laid out only once.
 */
final class PageNumberer extends PdfPageEventHelper {
  private final PdfText text;
  private final Labels labels;
  private final PageSetup page;
  private final String runningHead;
  private final List<PdfTemplate> pageLines = new ArrayList<>();

  PageNumberer(PdfText text, Labels labels, PageSetup page, String runningHead) {
    this.text = text;
    this.labels = labels;
    this.page = page;
    this.runningHead = runningHead;
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    // a strip along the foot of the page, placed at the page's origin, so the line is drawn in
    // page coordinates exactly where it would be drawn directly
    PdfTemplate line = writer.getDirectContent().createTemplate(page.size().getWidth(), page.bottom());
    writer.getDirectContent().addTemplate(line, 0f, 0f);
    pageLines.add(line);
    if (pageLines.size() > 1 && runningHead != null) {
      float top = page.size().getHeight() - page.top() / 2f - PdfText.SMALL / 2f;
      ColumnText.showTextAligned(
          writer.getDirectContent(), Element.ALIGN_RIGHT, text.grey(runningHead, PdfText.SMALL),
          page.left() + page.contentWidth(), top, 0f);
    }
  }

  @Override
  public void onCloseDocument(PdfWriter writer, Document document) {
    String total = String.valueOf(pageLines.size());
    float x = page.left() + page.contentWidth() / 2f;
    float y = page.bottom() / 2f;
    for (int i = 0; i < pageLines.size(); i++) {
      String line = labels.format("page", String.valueOf(i + 1), total);
      ColumnText.showTextAligned(pageLines.get(i), Element.ALIGN_CENTER, text.plain(line, PdfText.SMALL), x, y, 0f);
    }
  }

  int pages() {
    return pageLines.size();
  }
}
