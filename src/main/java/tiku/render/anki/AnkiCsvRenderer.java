package tiku.render.anki;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import tiku.io.AtomicFiles;
import tiku.render.RenderJob;
import tiku.render.Renderer;

/**
 * Anki text-import files (Anki manual, "Importing → Text files", 2.1.54+ headers), tab separated,
 * every field quoted, HTML fields:
 *
 * <ul>
 *   <li>{@code <base>-anki.csv}: every note, with a note type column, for current Anki (one import);
 *   <li>{@code <base>-anki-basic.csv}, {@code -anki-cloze.csv}, {@code -anki-reverse.csv}: one note
 *       type each, for Anki before 2.1.54 and AnkiDroid's old importer, which ignore the header lines,
 *       want one note type per import and the same number of columns in every row (written only
 *       when they have notes; a stale one from an earlier run is removed).
 * </ul>
 *
 * <p>Columns: the two fields first (older Anki maps columns to fields in order, then the tags), then
 * tags, deck, GUID and (combined file) note type. The GUID column and {@code #if matches:update
 * current} make current Anki update an existing note instead of adding a duplicate. There is no
 * {@code #columns} line on purpose: with column names Anki maps columns to fields by name, which
 * fails where the stock note types have translated field names; by position it works everywhere.
 */
public final class AnkiCsvRenderer implements Renderer {
  private static final CSVFormat FORMAT =
      CSVFormat.TDF.builder().setQuoteMode(QuoteMode.ALL).setRecordSeparator("\n").setTrim(false).setIgnoreSurroundingSpaces(false).get();

  @Override
  public String format() {
    return "anki-csv";
  }

  @Override
  public List<Path> render(RenderJob job) throws IOException {
    List<AnkiNote> notes = NoteBuilder.notes(job);
    List<Path> out = new ArrayList<>();
    Path all = job.outDir().resolve(job.baseName() + "-anki.csv");
    AtomicFiles.writeText(all, w -> write(w, notes, null));
    out.add(all);
    for (AnkiNoteType type : AnkiNoteType.values()) {
      List<AnkiNote> ofType = notes.stream().filter(n -> n.type() == type).toList();
      Path file = job.outDir().resolve(job.baseName() + "-anki-" + type.fileSuffix() + ".csv");
      if (!ofType.isEmpty()) {
        AtomicFiles.writeText(file, w -> write(w, ofType, type));
        out.add(file);
      } else {
        // a file of this type left from an earlier selection would import notes not asked for
        Files.deleteIfExists(file);
      }
    }
    return out;
  }

  /** Writes the header lines and the rows; {@code only} null means a note type column. */
  static void write(Writer w, List<AnkiNote> notes, AnkiNoteType only) throws IOException {
    w.write("#separator:tab\n");
    w.write("#html:true\n");
    if (only == null) {
      w.write("#notetype column:6\n");
    } else {
      w.write("#notetype:" + only.stockName() + "\n");
    }
    w.write("#deck column:4\n");
    w.write("#tags column:3\n");
    w.write("#guid column:5\n");
    // current Anki: a row whose GUID is already in the collection updates that note
    w.write("#if matches:update current\n");
    CSVPrinter csv = new CSVPrinter(w, FORMAT);
    for (AnkiNote n : notes) {
      List<String> row = new ArrayList<>(n.fields());
      row.add(String.join(" ", n.tags()));
      row.add(n.deck());
      row.add(n.guid());
      if (only == null) {
        row.add(n.type().stockName());
      }
      csv.printRecord(row);
    }
    csv.flush();
  }
}
