package tiku.render.anki;

import tiku.render.RenderJob;

/**
 * The Anki deck the notes land in: {@code --deck} as given, else {@code Tiku::<title>}. A title is
 * one level of the hierarchy, so any {@code ::} in it is broken up, and line breaks, tabs and
 * control characters (which would end a CSV header line) become spaces.
 */
public final class AnkiDeckName {
  public static final String ROOT = "Tiku";

  private AnkiDeckName() {}

  public static String of(RenderJob job) {
    String override = job.options().deck();
    if (override != null && !oneLine(override).isBlank()) {
      return oneLine(override).strip();
    }
    String title = job.options().title() != null ? job.options().title() : job.bank().source().title();
    String level = oneLine(title == null ? "" : title).replace("::", ": ").strip();
    if (level.isEmpty()) {
      level = job.bank().deck();
    }
    return ROOT + "::" + level;
  }

  private static String oneLine(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints().forEach(cp -> sb.appendCodePoint(Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029 ? ' ' : cp));
    return sb.toString().replaceAll(" {2,}", " ");
  }
}
