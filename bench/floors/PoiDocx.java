import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Floor probe: POI XWPF writes a one-paragraph .docx. */
public final class PoiDocx {
  public static void main(String[] args) throws Exception {
    run(Path.of(args[0]));
  }

  static void run(Path out) throws Exception {
    try (XWPFDocument doc = new XWPFDocument(); OutputStream o = Files.newOutputStream(out)) {
      doc.createParagraph().createRun().setText("題庫 floor");
      doc.write(o);
    }
  }
}
