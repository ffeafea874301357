package tiku.render.docx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import tiku.render.RenderJob;
import tiku.render.Renderer;

/** Placeholder until the docx format lands: refuses to run rather than write something wrong. */
public final class DocxWorksheetRenderer implements Renderer {
  @Override
  public String format() {
    return "docx";
  }

  @Override
  public List<Path> render(RenderJob job) throws IOException {
    throw new UnsupportedOperationException("the docx format is not built yet");
  }
}
