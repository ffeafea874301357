package tiku.render.moodle;

import java.util.ArrayList;
import java.util.List;

/**
 * A Moodle question-category path such as {@code $course$/top/deck/pillar}. Moodle splits the path
 * on single slashes, so a slash inside a name is doubled and a name may not start or end with one
 * (Moodle's own exporter pads such a name with a space; so does this).
 */
public final class MoodleCategoryPath {
  private MoodleCategoryPath() {}

  /** {@code $course$/top/<names…>}. */
  public static String inCourse(String... names) {
    List<String> parts = new ArrayList<>();
    parts.add("$course$");
    parts.add("top");
    for (String n : names) {
      parts.add(escape(n));
    }
    return String.join("/", parts);
  }

  static String escape(String name) {
    String s = name.replace("/", "//");
    if (s.startsWith("/")) {
      s = " " + s;
    }
    if (s.endsWith("/")) {
      s = s + " ";
    }
    return s;
  }
}
