package tiku.render.anki;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import tiku.render.RenderJob;
import tiku.render.Renderer;

/** Placeholder until the apkg format lands: refuses to run rather than write something wrong. */
public final class ApkgRenderer implements Renderer {
  @Override
  public String format() {
    return "apkg";
  }

  @Override
  public List<Path> render(RenderJob job) throws IOException {
    throw new UnsupportedOperationException("the apkg format is not built yet");
  }
}
