package tiku.render.qti;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import tiku.render.RenderJob;
import tiku.render.Renderer;

/** Placeholder until the qti21 format lands: refuses to run rather than write something wrong. */
public final class Qti21Renderer implements Renderer {
  @Override
  public String format() {
    return "qti21";
  }

  @Override
  public List<Path> render(RenderJob job) throws IOException {
    throw new UnsupportedOperationException("the qti21 format is not built yet");
  }
}
