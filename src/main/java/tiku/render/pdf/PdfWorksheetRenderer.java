package tiku.render.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import tiku.render.RenderJob;
import tiku.render.Renderer;

/** Placeholder until the pdf format lands: refuses to run rather than write something wrong. */
public final class PdfWorksheetRenderer implements Renderer {
  @Override
  public String format() {
    return "pdf";
  }

  @Override
  public List<Path> render(RenderJob job) throws IOException {
    throw new UnsupportedOperationException("the pdf format is not built yet");
  }
}
