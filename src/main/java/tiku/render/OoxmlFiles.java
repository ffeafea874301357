package tiku.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.ooxml.POIXMLProperties;
import tiku.io.AtomicFiles;

/**
 * Saves a POI document (.docx, .xlsx) so that the same content gives the same bytes: fixed core
 * properties (dates from the source document, not the clock) and a {@link ReproducibleZip}.
 */
public final class OoxmlFiles {
  /** Used when the source gives no date. */
  private static final LocalDate NO_DATE = LocalDate.of(2000, 1, 1);

  private OoxmlFiles() {}

  /**
   * Writes {@code doc} atomically to {@code target}.
   *
   * @param isoDate the source document's date (yyyy-MM-dd) or null; it becomes created/modified
   */
  public static void write(POIXMLDocument doc, Path target, String title, String isoDate) throws IOException {
    POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
    Date when = Date.from(date(isoDate).atStartOfDay(ZoneOffset.UTC).toInstant());
    core.setCreated(Optional.of(when));
    core.setModified(Optional.of(when));
    core.setCreator("Tiku");
    core.setLastModifiedByUser("Tiku");
    if (title != null) {
      core.setTitle(title);
    }
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    doc.write(buf);
    byte[] bytes = ReproducibleZip.normalise(buf.toByteArray());
    AtomicFiles.write(target, out -> out.write(bytes));
  }

  private static LocalDate date(String iso) {
    if (iso == null) {
      return NO_DATE;
    }
    try {
      return LocalDate.parse(iso);
    } catch (DateTimeParseException e) {
      return NO_DATE;
    }
  }
}
