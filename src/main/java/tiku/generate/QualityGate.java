package tiku.generate;

import java.util.HashSet;
import java.util.List;
import tiku.model.Answer;
import tiku.model.ClozeStem;

/**
 * The last check on every draft, whatever family made it: the quote stands in the content, the key
 * is exactly one option, options are not repeated, and the stem does not contain its own answer.
 */
final class QualityGate {
  private QualityGate() {}

  static boolean passes(Draft d, DocumentText text) {
    if (d.source() == null || !text.grounded(d.source().quote()) || !DocumentText.usable(d.stem())) {
      return false;
    }
    List<String> options = d.options();
    if (new HashSet<>(options).size() != options.size()) {
      return false;
    }
    return switch (d.type()) {
      case MULTIPLE_CHOICE -> {
        String key = ((Answer.Choice) d.answer()).option();
        yield options.size() >= 4 && options.stream().filter(key::equals).count() == 1 && !d.stem().contains(key);
      }
      case TRUE_FALSE -> options.size() == 2;
      case CLOZE -> {
        Answer.Blanks b = (Answer.Blanks) d.answer();
        yield ClozeStem.parse(d.stem()).blanks() == b.texts().size() && b.texts().stream().noneMatch(d.stem()::contains);
      }
      case MATCHING -> {
        List<Answer.Pair> pairs = ((Answer.Pairs) d.answer()).pairs();
        yield pairs.size() >= 4
            && pairs.stream().allMatch(p -> options.contains(p.right()) && !d.stem().contains(p.right()))
            && pairs.stream().map(Answer.Pair::left).distinct().count() == pairs.size()
            && pairs.stream().map(Answer.Pair::right).distinct().count() == pairs.size();
      }
      case ORDERING -> {
        List<String> items = ((Answer.Sequence) d.answer()).items();
        yield items.size() >= 3 && items.size() <= 5 && new HashSet<>(items).equals(new HashSet<>(options))
            && options.size() == items.size();
      }
    };
  }
}
