package tiku.model;

import java.util.List;

/** Everything extracted from one document; the pillar of each clause is {@link Clause#section()}. */
public record Facts(
    Document document,
    List<Agreement> agreements,
    List<Organization> organizations,
    List<Person> people,
    List<YearEvent> years,
    List<Quantity> quantities) {
  public Facts {
    agreements = List.copyOf(agreements);
    organizations = List.copyOf(organizations);
    people = List.copyOf(people);
    years = List.copyOf(years);
    quantities = List.copyOf(quantities);
  }
}
