import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Floor probe: OpenPDF writes a one-page PDF with one line of Chinese, set in the bundled Noto Sans
 * TC and embedded as a subset, loaded the way tiku.render.pdf.FontLoader loads it (the bytes from
 * the jar, Identity-H, embedded). One face only: the real worksheet also reads the bold face.
 */
public final class OpenPdf {
  public static void main(String[] args) throws Exception {
    run(Path.of(args[0]));
  }

  static void run(Path out) throws Exception {
    String file = "NotoSansTC-Regular.ttf";
    byte[] bytes;
    try (InputStream in = OpenPdf.class.getResourceAsStream("/tiku/fonts/" + file)) {
      bytes = in.readAllBytes();
    }
    BaseFont font = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
    Document doc = new Document();
    try (OutputStream o = Files.newOutputStream(out)) {
      PdfWriter.getInstance(doc, o);
      doc.open();
      doc.add(new Paragraph("題庫：英越全面戰略夥伴關係", new Font(font, 12)));
      doc.close();
    }
  }
}
