package tiku.read;

import java.util.ArrayList;
import java.util.List;
import tiku.model.Clause;

/**
 * Makes clause numbers unique: the printed number where a document numbers its clauses once
 * (1, 2, 3, … across sections), else each clause's 1-based position; labels stay as printed.
 */
final class ClauseNumbers {
  private ClauseNumbers() {}

  static List<Clause> assign(List<Clause> clauses) {
    boolean printed = !clauses.isEmpty();
    int prev = -1;
    for (Clause c : clauses) {
      Integer n = parse(c.label());
      if (n == null || (prev >= 0 && n != prev + 1)) {
        printed = false;
        break;
      }
      prev = n;
    }
    List<Clause> out = new ArrayList<>(clauses.size());
    int position = 0;
    for (Clause c : clauses) {
      position++;
      int number = printed ? parse(c.label()) : position;
      out.add(new Clause(number, c.label(), c.section(), c.text(), c.span(), c.sentences()));
    }
    return out;
  }

  private static Integer parse(String label) {
    if (label.isEmpty() || label.length() > 4 || !label.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
      return null;
    }
    return Integer.parseInt(label);
  }
}
