package tiku.render.lms;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote and what it had to change on the way (ordering as matching, a cloze whose
 * blanks do not match its key, …): nothing changes silently. Questions left out altogether are
 * {@link tiku.render.Skipped}; these exports leave none out.
 *
 * @param format the format name ("moodle-xml", "qti12", …)
 * @param files the files written
 * @param warnings one line each: the question id and what happened to it
 */
public record ExportReport(String format, List<Path> files, List<String> warnings) {
  public ExportReport {
    files = List.copyOf(files);
    warnings = List.copyOf(warnings);
  }

  /** Prints each warning as one line {@code tiku: format: warning}, as the command line prints left-out questions. */
  public void printWarnings(PrintStream err) {
    for (String w : warnings) {
      err.println("tiku: " + format + ": " + w);
    }
  }
}
