package tiku.render.html;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import tiku.render.RenderJob;
import tiku.render.Renderer;

/** Placeholder until the html format lands: refuses to run rather than write something wrong. */
public final class HtmlSelfTestRenderer implements Renderer {
  @Override
  public String format() {
    return "html";
  }

  @Override
  public List<Path> render(RenderJob job) throws IOException {
    throw new UnsupportedOperationException("the html format is not built yet");
  }
}
