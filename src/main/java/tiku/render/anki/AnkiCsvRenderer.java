package tiku.render.anki;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import tiku.render.RenderJob;
import tiku.render.Renderer;

/** Placeholder until the anki-csv format lands: refuses to run rather than write something wrong. */
public final class AnkiCsvRenderer implements Renderer {
  @Override
  public String format() {
    return "anki-csv";
  }

  @Override
  public List<Path> render(RenderJob job) throws IOException {
    throw new UnsupportedOperationException("the anki-csv format is not built yet");
  }
}
