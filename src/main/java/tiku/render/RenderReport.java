package tiku.render;

import java.nio.file.Path;
import java.util.List;

/**
 * What a renderer wrote, what it had to leave out and what it had to change to fit the format.
 *
 * @param files the files written, in the order a user would open them
 * @param skipped the selected questions the format could not hold, in selection order
 * @param changed the questions written only after a change, in the order they were written
 */
public record RenderReport(List<Path> files, List<Skipped> skipped, List<Changed> changed) {
  public RenderReport {
    files = List.copyOf(files);
    skipped = List.copyOf(skipped);
    changed = List.copyOf(changed);
  }

  /** A report with nothing changed (the format leaves out what it cannot hold as it is). */
  public RenderReport(List<Path> files, List<Skipped> skipped) {
    this(files, skipped, List.of());
  }
}
