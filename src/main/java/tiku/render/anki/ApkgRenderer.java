package tiku.render.anki;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import tiku.io.AtomicFiles;
import tiku.model.BankSource;
import tiku.render.RenderJob;
import tiku.render.Renderer;

/**
 * An Anki package ({@code <base>.apkg}) in the legacy layout that current Anki desktop and
 * AnkiDroid import: Tiku's own Basic, Cloze and reversible note types, one deck, stable GUIDs and
 * ids, and note {@code mod} times raised for changed notes so that importing a newer package
 * updates the student's notes in place.
 */
public final class ApkgRenderer implements Renderer {
  @Override
  public String format() {
    return "apkg";
  }

  @Override
  public List<Path> render(RenderJob job) throws IOException {
    List<AnkiNote> notes = NoteBuilder.notes(job);
    Path file = job.outDir().resolve(job.baseName() + ".apkg");
    ApkgWriter writer = new ApkgWriter(AnkiDeckName.of(job), description(job.bank().source()), NoteStamps.continuing(file));
    AtomicFiles.write(file, out -> writer.write(notes, out));
    return List.of(file);
  }

  private static String description(BankSource s) {
    StringBuilder sb = new StringBuilder(s.title() == null ? "" : s.title());
    if (s.file() != null) {
      sb.append(" (").append(s.file());
      if (s.date() != null) {
        sb.append(", ").append(s.date());
      }
      sb.append(')');
    }
    return AnkiHtml.text(sb.toString());
  }
}
