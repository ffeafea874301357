package tiku.select;

import java.util.ArrayList;
import java.util.Collections;
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

  /**
   * A seeded sample of {@code n} in bank order, spread as evenly as the pool allows over the types
   * and, within each type, over the question families, so a short worksheet is not all one kind.
   */
  static List<Question> sample(List<Question> pool, int n, long seed) {
    Random rnd = new Random(seed);
    Map<Object, Map<String, List<Question>>> byType = new java.util.TreeMap<>();
    for (Question q : pool) {
      byType.computeIfAbsent(q.type(), k -> new java.util.TreeMap<>())
          .computeIfAbsent(String.valueOf(q.family()), k -> new ArrayList<>())
          .add(q);
    }
    List<java.util.Deque<Question>> types = new ArrayList<>();
    for (Map<String, List<Question>> families : byType.values()) {
      List<List<Question>> buckets = new ArrayList<>();
      for (List<Question> f : families.values()) {
        List<Question> b = new ArrayList<>(f);
        Collections.shuffle(b, rnd);
        buckets.add(b);
      }
      Collections.shuffle(buckets, rnd);
      types.add(new java.util.ArrayDeque<>(interleave(buckets)));
    }
    Collections.shuffle(types, rnd);
    Set<Question> chosen = new LinkedHashSet<>();
    boolean any = true;
    while (chosen.size() < n && any) {
      any = false;
      for (java.util.Deque<Question> t : types) {
        if (!t.isEmpty() && chosen.size() < n) {
          chosen.add(t.poll());
          any = true;
        }
      }
    }
    return pool.stream().filter(chosen::contains).toList();
  }

  /** The first of each bucket, then the second of each, and so on. */
  private static List<Question> interleave(List<List<Question>> buckets) {
    List<Question> out = new ArrayList<>();
    for (int round = 0; out.size() < buckets.stream().mapToInt(List::size).sum(); round++) {
      for (List<Question> b : buckets) {
        if (round < b.size()) {
          out.add(b.get(round));
        }
      }
    }
    return out;
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
