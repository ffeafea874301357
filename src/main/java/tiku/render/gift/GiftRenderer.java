package tiku.render.gift;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import tiku.render.RenderJob;
import tiku.render.Renderer;

/** Placeholder until the gift format lands: refuses to run rather than write something wrong. */
public final class GiftRenderer implements Renderer {
  @Override
  public String format() {
    return "gift";
  }

  @Override
  public List<Path> render(RenderJob job) throws IOException {
    throw new UnsupportedOperationException("the gift format is not built yet");
  }
}
