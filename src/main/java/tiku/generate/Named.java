package tiku.generate;

import java.util.ArrayList;
import java.util.List;
import tiku.model.Agreement;
import tiku.model.Organization;

/**
 * A named thing a question may ask for (an agreement, an organization), with all its names.
 *
 * @param allNames the name, then the aliases: made once, as the families ask for it in their loops
 */
record Named(String name, List<String> aliases, List<String> allNames) {
  Named(String name, List<String> aliases) {
    this(name, List.copyOf(aliases), all(name, aliases));
  }

  private static List<String> all(String name, List<String> aliases) {
    List<String> all = new ArrayList<>();
    all.add(name);
    all.addAll(aliases);
    return List.copyOf(all);
  }

  static List<Named> agreements(List<Agreement> agreements) {
    return agreements.stream().map(a -> new Named(a.name(), a.aliases())).toList();
  }

  static List<Named> organizations(List<Organization> organizations) {
    List<Named> out = new ArrayList<>();
    for (Organization o : organizations) {
      if (o.name() != null && !o.name().isBlank()) {
        out.add(new Named(o.name(), o.acronym() == null ? List.of() : List.of(o.acronym())));
      }
    }
    return out;
  }
}
