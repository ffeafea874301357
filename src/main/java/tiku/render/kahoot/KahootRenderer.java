package tiku.render.kahoot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import tiku.render.RenderJob;
import tiku.render.Renderer;

/** Placeholder until the kahoot format lands: refuses to run rather than write something wrong. */
public final class KahootRenderer implements Renderer {
  @Override
  public String format() {
    return "kahoot";
  }

  @Override
  public List<Path> render(RenderJob job) throws IOException {
    throw new UnsupportedOperationException("the kahoot format is not built yet");
  }
}
