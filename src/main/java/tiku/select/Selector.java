package tiku.select;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import tiku.model.Pillar;
import tiku.model.Question;
import tiku.model.QuestionBank;
import tiku.model.Status;

/** Applies a {@link Selection} to a bank: composed filters, then a seeded sample. */
public final class Selector {
  private Selector() {}

  /**
   * The selected questions in bank order.
   *
   * @throws UnknownPillarException when a --pillar names no pillar of the document
   */
  public static List<Question> select(QuestionBank bank, Selection sel) {
    Predicate<Question> keep = q -> q.status() != Status.REJECTED;
    if (!sel.pillars().isEmpty()) {
      Set<Integer> numbers = resolvePillars(bank, sel.pillars());
      keep = keep.and(q -> q.pillar() != null && numbers.contains(q.pillar()));
    }
    if (!sel.difficulties().isEmpty()) {
      keep = keep.and(q -> sel.difficulties().contains(q.difficulty()));
    }
    if (!sel.types().isEmpty()) {
      keep = keep.and(q -> sel.types().contains(q.type()));
    }
    if (!sel.statuses().isEmpty()) {
      keep = keep.and(q -> sel.statuses().contains(q.status()));
    }
    List<Question> kept = bank.questions().stream().filter(keep).toList();
    if (sel.count() == null || sel.count() >= kept.size()) {
      return kept;
    }
    return sample(kept, sel.count(), sel.seed());
  }

  /** A seeded sample of {@code n}, spread over types as evenly as the pool allows, in bank order. */
  static List<Question> sample(List<Question> pool, int n, long seed) {
    Map<Object, List<Question>> byType = new HashMap<>();
    for (Question q : pool) {
      byType.computeIfAbsent(q.type(), k -> new ArrayList<>()).add(q);
    }
    Random rnd = new Random(seed);
    List<List<Question>> buckets = new ArrayList<>();
    byType.entrySet().stream()
        .sorted(Comparator.comparing(e -> e.getKey().toString()))
        .forEach(
            e -> {
              List<Question> b = new ArrayList<>(e.getValue());
              Collections.shuffle(b, rnd);
              buckets.add(b);
            });
    Collections.shuffle(buckets, rnd);
    Set<Question> chosen = new LinkedHashSet<>();
    int round = 0;
    while (chosen.size() < n) {
      boolean any = false;
      for (List<Question> b : buckets) {
        if (round < b.size() && chosen.size() < n) {
          chosen.add(b.get(round));
          any = true;
        }
      }
      if (!any) {
        break;
      }
      round++;
    }
    return pool.stream().filter(chosen::contains).toList();
  }

  static Set<Integer> resolvePillars(QuestionBank bank, List<String> wanted) {
    Set<Integer> out = new LinkedHashSet<>();
    for (String w : wanted) {
      String t = w.strip();
      List<Pillar> hits =
          bank.source().pillars().stream()
              .filter(
                  p ->
                      t.equals(String.valueOf(p.number()))
                          || t.equals(p.label())
                          || (!t.isEmpty()
                              && p.heading().toLowerCase(Locale.ROOT).contains(t.toLowerCase(Locale.ROOT))))
              .toList();
      if (hits.isEmpty()) {
        throw new UnknownPillarException(w, bank.source().pillars());
      }
      hits.forEach(p -> out.add(p.number()));
    }
    return out;
  }

  /** A --pillar value that names no pillar; its message lists the document's pillars. */
  public static final class UnknownPillarException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    UnknownPillarException(String wanted, List<Pillar> pillars) {
      super(
          "no pillar '"
              + wanted
              + "' in this deck; its pillars are: "
              + (pillars.isEmpty()
                  ? "(none: the document has no headed sections)"
                  : pillars.stream()
                      .map(p -> p.number() + " " + p.heading())
                      .collect(Collectors.joining("; "))));
    }
  }
}
