package tiku.render.moodle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import tiku.render.RenderJob;
import tiku.render.Renderer;

/** Placeholder until the moodle-xml format lands: refuses to run rather than write something wrong. */
public final class MoodleXmlRenderer implements Renderer {
  @Override
  public String format() {
    return "moodle-xml";
  }

  @Override
  public List<Path> render(RenderJob job) throws IOException {
    throw new UnsupportedOperationException("the moodle-xml format is not built yet");
  }
}
