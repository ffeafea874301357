package tiku.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import tiku.render.Labels;

/**
 * Writes one PDF so that the same input gives the same bytes: no creation or modification date, a
 * document ID and font subset names derived from the content instead of the clock and a random
 * source. The body is laid out twice, first to count pages (and to check the font has every
 * character), then for real with 「共 N 頁」 filled in.
 */
final class StablePdf {
  /** Lays out the body of a document. */
  @FunctionalInterface
  interface Body {
    void add(Document doc, PdfText text) throws DocumentException;
  }

  /** One render at a time: the fonts are shared and their subset-name source is per document. */
  private static final Object LOCK = new Object();

  private StablePdf() {}

  static byte[] write(PageSetup page, CjkFonts fonts, Labels labels, String key, String title, Body body) {
    synchronized (LOCK) {
      PdfText probe = new PdfText(fonts);
      int pages = pass(page, fonts, labels, key, title, body, probe, 0, OutputStream.nullOutputStream());
      GlyphCoverageCheck.check(probe);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pass(page, fonts, labels, key, title, body, new PdfText(fonts), pages, out);
      return out.toByteArray();
    }
  }

  private static int pass(
      PageSetup page, CjkFonts fonts, Labels labels, String key, String title, Body body, PdfText text, int total,
      OutputStream out) {
    fonts.seedSubsetNames(key);
    Document doc = new Document(page.size(), page.left(), page.right(), page.top(), page.bottom());
    try {
      PdfWriter writer = PdfWriter.getInstance(doc, out);
      PageNumberer numbers = new PageNumberer(text, labels, page, total, title);
      writer.setPageEvent(numbers);
      doc.addTitle(PdfText.clean(title));
      // the catalog's /Lang lets screen readers and text extraction pick the right language
      writer.getExtraCatalog().put(PdfName.LANG, new PdfString(labels.language().tag()));
      doc.open();
      body.add(doc, text);
      writer.getInfo().remove(PdfName.CREATIONDATE);
      writer.getInfo().remove(PdfName.MODDATE);
      byte[] id = documentId(key, text);
      writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
      doc.close();
      return numbers.pages();
    } catch (DocumentException e) {
      throw new IllegalStateException("OpenPDF could not lay out " + key + ": " + e.getMessage(), e);
    }
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
