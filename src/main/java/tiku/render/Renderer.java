package tiku.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a selection of questions in one output format. Renderers never parse source text: all
 * they know is in the {@link RenderJob}. Every file is written atomically (see AtomicFiles).
 */
public interface Renderer {
  /** The format name used on the command line ("pdf", "anki-csv", …). */
  String format();

  /** Writes the output files into {@code job.outDir()} and returns their paths. */
  List<Path> render(RenderJob job) throws IOException;
}
