package tiku.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A renderer whose format cannot hold every question (GIFT has no ordering, Kahoot only short
 * choice questions; Moodle writes ordering as matching): it says which questions it left out
 * or changed to fit. A caller that knows this interface
 * calls {@link #report}; one that only knows {@link Renderer} still sees the lists on stderr.
 */
public interface ReportingRenderer extends Renderer {
  /** Writes the output files and lists the questions left out or changed to fit. */
  RenderReport report(RenderJob job) throws IOException;

  @Override
  default List<Path> render(RenderJob job) throws IOException {
    RenderReport r = report(job);
    // a caller that does not ask for the report must still not lose questions silently
    r.skipped().forEach(s -> System.err.println(s.message(format())));
    r.changed().forEach(c -> System.err.println(c.message(format())));
    return r.files();
  }
}
