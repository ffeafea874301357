package tiku.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import tiku.render.Labels;

/**
 * Writes one PDF so that the same input gives the same bytes: no creation or modification date, a
 * document ID and font subset names derived from the content instead of the clock and a random
 * source. The body is laid out once ({@link PageNumberer} fills in 「共 N 頁」 when the document
 * closes); the font is then checked for every character printed before the bytes are handed back.
 */
final class StablePdf {
  /** Lays out the body of a document. */
  @FunctionalInterface
  interface Body {
    void add(Document doc, PdfText text) throws DocumentException;
  }

  /**
   * Held while a document is closed, which is when OpenPDF writes the font subsets and draws their
   * names from the shared fonts' random source. Laying out only reads the fonts, so documents may
   * be laid out side by side.
   */
  private static final Object CLOSING = new Object();

  private StablePdf() {}

  static byte[] write(PageSetup page, CjkFonts fonts, Labels labels, String key, String title, Body body) {
    PdfText text = new PdfText(fonts);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(page.size(), page.left(), page.right(), page.top(), page.bottom());
    try {
      PdfWriter writer = PdfWriter.getInstance(doc, out);
      writer.setPageEvent(new PageNumberer(text, labels, page, title));
      doc.addTitle(PdfText.clean(title));
      // the catalog's /Lang lets screen readers and text extraction pick the right language
      writer.getExtraCatalog().put(PdfName.LANG, new PdfString(labels.language().tag()));
      doc.open();
      body.add(doc, text);
      writer.getInfo().remove(PdfName.CREATIONDATE);
      writer.getInfo().remove(PdfName.MODDATE);
      byte[] id = documentId(key, text);
      writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
      synchronized (CLOSING) {
        fonts.seedSubsetNames(key);
        doc.close();
      }
    } catch (DocumentException e) {
      throw new IllegalStateException("OpenPDF could not lay out " + key + ": " + e.getMessage(), e);
    }
    GlyphCoverageCheck.check(text);
    return out.toByteArray();
  }

  /** 16 bytes of a hash of everything printed: equal documents get equal IDs. */
  private static byte[] documentId(String key, PdfText text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(key.getBytes(StandardCharsets.UTF_8));
      for (String s : text.regularText()) {
        md.update(s.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
      }
      for (String s : text.boldText()) {
        md.update(s.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 1);
      }
      return Arrays.copyOf(md.digest(), 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
