package tiku.render.lms;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import tiku.model.Question;

/**
 * The tags a platform files a question under (Moodle XML and GIFT give the same ones, so both
 * imports file a question alike): type, difficulty and pillar ({@code pillar-2}), then the
 * question's own tags, each once.
 */
public final class QuestionTags {
  private QuestionTags() {}

  /**
   * The tags, the question's own ones passed through {@code clean} (what the format's tag syntax
   * allows); a tag that cleans to nothing is left out.
   */
  public static List<String> of(Question q, UnaryOperator<String> clean) {
    Set<String> tags = new LinkedHashSet<>();
    tags.add(q.type().id());
    if (q.difficulty() != null) {
      tags.add(q.difficulty().id());
    }
    if (q.pillar() != null) {
      tags.add("pillar-" + q.pillar());
    }
    for (String t : q.tags()) {
      String c = t == null ? "" : clean.apply(t);
      if (!c.isEmpty()) {
        tags.add(c);
      }
    }
    return List.copyOf(tags);
  }
}
