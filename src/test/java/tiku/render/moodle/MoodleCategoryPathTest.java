package tiku.render.moodle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoodleCategoryPathTest {
  /** Moodle's qformat_default::split_category_path, without its PARAM_TEXT cleaning. */
  private static List<String> moodleSplit(String path) {
    List<String> names = new ArrayList<>();
    for (String raw : path.split("(?<!/)/(?!/)", -1)) {
      names.add(raw.replace("//", "/").strip());
    }
    return names;
  }

  @Test
  void namesWithSlashesComeBackWhole() {
    String path = MoodleCategoryPath.inCourse("../evil deck/CON", "/leading and trailing/", "一、加強政治、外交");
    assertThat(moodleSplit(path)).containsExactly("$course$", "top", "../evil deck/CON", "/leading and trailing/", "一、加強政治、外交");
  }
}
