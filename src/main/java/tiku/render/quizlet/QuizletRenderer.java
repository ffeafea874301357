package tiku.render.quizlet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import tiku.render.RenderJob;
import tiku.render.Renderer;

/** Placeholder until the quizlet format lands: refuses to run rather than write something wrong. */
public final class QuizletRenderer implements Renderer {
  @Override
  public String format() {
    return "quizlet";
  }

  @Override
  public List<Path> render(RenderJob job) throws IOException {
    throw new UnsupportedOperationException("the quizlet format is not built yet");
  }
}
