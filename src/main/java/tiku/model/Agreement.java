package tiku.model;

import java.util.List;

/**
 * An agreement or named document (treaty, convention, plan, partnership, …).
 *
 * @param name the canonical name, without 《》 or quotes
 * @param aliases other names the text ties to it (an acronym, the news report's wording)
 * @param clauses numbers of the clauses that name it
 */
public record Agreement(String name, List<String> aliases, List<Integer> clauses, List<Citation> citations) {
  public Agreement {
    aliases = List.copyOf(aliases);
    clauses = List.copyOf(clauses);
    citations = List.copyOf(citations);
  }

  /** The name and every alias. */
  public List<String> allNames() {
    var all = new java.util.ArrayList<String>();
    all.add(name);
    all.addAll(aliases);
    return List.copyOf(all);
  }
}
