import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Floor probe: POI XSSF writes a one-cell .xlsx. */
public final class PoiXlsx {
  public static void main(String[] args) throws Exception {
    run(Path.of(args[0]));
  }

  static void run(Path out) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(out)) {
      wb.createSheet("floor").createRow(0).createCell(0).setCellValue("題庫 floor");
      wb.write(o);
    }
  }
}
