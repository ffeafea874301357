package tiku.render.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import tiku.render.RenderJob;
import tiku.render.Renderer;

/** Placeholder until the xlsx format lands: refuses to run rather than write something wrong. */
public final class XlsxBankRenderer implements Renderer {
  @Override
  public String format() {
    return "xlsx";
  }

  @Override
  public List<Path> render(RenderJob job) throws IOException {
    throw new UnsupportedOperationException("the xlsx format is not built yet");
  }
}
