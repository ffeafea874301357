package tiku.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tiku.model.Agreement;
import tiku.model.Citation;

/**
 * Ties the names that mean one agreement: a shared bracketed acronym, or wording — a name whose
 * characters all occur in a longer name with the same treaty word (英越自由貿協定 in the news,
 * 越南-英國自由貿易協定 in the statement). The canonical name is the one in 《》 (the document's
 * own), else the longest; the others and the acronyms are aliases.
 */
final class AgreementLinker {
  /** Shorter names are too generic to tie by wording alone. */
  private static final int MIN_WORDING_LINK = 5;

  private static final int MAX_COMPARED = 500;

  /** Acronyms searched for on their own, at most (bounds the work on hostile input). */
  private static final int MAX_ACRONYM_SEARCHES = 50;

  private AgreementLinker() {}

  static List<Agreement> link(List<AgreementExtractor.Mention> mentions, List<TextUnit> units) {
    List<String> names = new ArrayList<>();
    Map<String, Integer> id = new HashMap<>();
    for (var m : mentions) {
      id.computeIfAbsent(m.name(), n -> {
        names.add(n);
        return names.size() - 1;
      });
    }
    int[] parent = new int[names.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    Map<String, Integer> byAcronym = new HashMap<>();
    for (var m : mentions) {
      if (m.acronym() != null) {
        Integer other = byAcronym.putIfAbsent(m.acronym(), id.get(m.name()));
        if (other != null) {
          union(parent, other, id.get(m.name()));
        }
      }
    }
    // pairwise wording checks are quadratic: a real document names a few dozen agreements
    int compared = Math.min(names.size(), MAX_COMPARED);
    for (int i = 0; i < compared; i++) {
      for (int j = 0; j < compared; j++) {
        if (i != j && sameByWording(names.get(i), names.get(j))) {
          union(parent, i, j);
        }
      }
    }
    Map<Integer, List<AgreementExtractor.Mention>> groups = new LinkedHashMap<>();
    for (var m : mentions) {
      groups.computeIfAbsent(find(parent, id.get(m.name())), k -> new ArrayList<>()).add(m);
    }
    List<Agreement> out = new ArrayList<>();
    int[] budget = {MAX_ACRONYM_SEARCHES};
    for (var group : groups.values()) {
      out.add(agreement(group, units, budget));
    }
    return out;
  }

  private static Agreement agreement(List<AgreementExtractor.Mention> group, List<TextUnit> units, int[] budget) {
    Map<String, Integer> ranks = new HashMap<>();
    for (var m : group) {
      int r = m.kind().equals("book") ? 2 : m.unit().clause() != null ? 1 : 0;
      ranks.merge(m.name(), r, Math::max);
    }
    String canonical = null;
    for (String name : ranks.keySet().stream().sorted().toList()) {
      if (canonical == null || better(name, canonical, ranks)) {
        canonical = name;
      }
    }
    Set<String> aliases = new LinkedHashSet<>();
    Set<String> acronyms = new LinkedHashSet<>();
    for (var m : group) {
      if (!m.name().equals(canonical)) {
        aliases.add(m.name());
      }
      if (m.acronym() != null) {
        acronyms.add(m.acronym());
      }
    }
    aliases.addAll(acronyms);
    Set<Integer> clauses = new LinkedHashSet<>();
    Map<String, Citation> citations = new LinkedHashMap<>();
    for (var m : group) {
      cite(m.unit(), m.offset(), clauses, citations);
    }
    // an acronym on its own ("作為CPTPP成員") also names the agreement
    for (String acronym : acronyms) {
      if (budget[0]-- <= 0) {
        break;
      }
      for (TextUnit u : units) {
        int at = u.text().indexOf(acronym);
        while (at >= 0) {
          if (Acronyms.wholeWordAt(u.text(), at, acronym.length())) {
            cite(u, at, clauses, citations);
          }
          at = u.text().indexOf(acronym, at + acronym.length());
        }
      }
    }
    List<Integer> sorted = new ArrayList<>(clauses);
    sorted.sort(null);
    return new Agreement(canonical, List.copyOf(aliases), sorted, List.copyOf(citations.values()));
  }

  private static void cite(TextUnit u, int offset, Set<Integer> clauses, Map<String, Citation> citations) {
    if (u.clause() != null) {
      clauses.add(u.clause());
    }
    Citation c = u.cite(offset);
    // keyed by where the sentence starts: the sentence itself may be long
    citations.putIfAbsent(u.clause() + ":" + (c.span() == null ? offset : c.span().start()), c);
  }

  /** 《》 names are the document's own; then names in clauses over names in prose; then the longer. */
  private static boolean better(String name, String current, Map<String, Integer> ranks) {
    int a = ranks.get(name);
    int b = ranks.get(current);
    if (a != b) {
      return a > b;
    }
    return name.length() > current.length();
  }

  /** Every character of the shorter name occurs in the longer, and both end with the same treaty word. */
  static boolean sameByWording(String a, String b) {
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    if (shorter.equals(longer) || shorter.codePointCount(0, shorter.length()) < MIN_WORDING_LINK) {
      return false;
    }
    String ending = TreatyWords.chineseEnding(shorter);
    if (ending == null || !ending.equals(TreatyWords.chineseEnding(longer))) {
      return false;
    }
    Set<Integer> chars = new HashSet<>();
    longer.codePoints().forEach(chars::add);
    return shorter.codePoints().allMatch(chars::contains);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
