package tiku.render;

import java.nio.file.Path;
import java.util.List;

/**
 * What a renderer wrote and what it had to leave out.
 *
 * @param files the files written, in the order a user would open them
 * @param skipped the selected questions the format could not hold, in selection order
 */
public record RenderReport(List<Path> files, List<Skipped> skipped) {
  public RenderReport {
    files = List.copyOf(files);
    skipped = List.copyOf(skipped);
  }
}
