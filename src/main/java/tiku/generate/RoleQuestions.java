package tiku.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tiku.model.Answer;
import tiku.model.Person;
import tiku.model.QuestionSource;
import tiku.model.QuestionType;

/**
 * The roles of the people a text is about (never a byline): multiple choice on a person's role,
 * true/false with another person's role, person ↔ role matching when there are four or more.
 */
final class RoleQuestions implements QuestionFamily {
  private static final Pattern BYLINE_ROLE = Pattern.compile(".*(記者|记者|編輯|编辑|reporter|editor).*");

  static final String FAMILY = "role";

  /** A person whose name and role one passage gives together. */
  private record Holder(Person person, Passage passage, int from, int to) {}

  @Override
  public List<Draft> drafts(GenerationContext ctx) {
    List<Holder> holders = new ArrayList<>();
    for (Person person : ctx.facts().people()) {
      Holder h = locate(ctx, person);
      if (h == null) {
        continue;
      }
      // a name inside another's name, or a role two names share, may be one person twice: skip both
      boolean clash = ctx.facts().people().stream().anyMatch(o -> o != person && o.name() != null
          && (o.name().contains(person.name()) || person.name().contains(o.name())));
      // two names with one role are likely one person named two ways (施凱爾, 基爾・斯塔默): ask once
      boolean sameRole = holders.stream().anyMatch(o -> SameThing.normal(o.person().role()).equals(SameThing.normal(person.role())));
      if (!clash && !sameRole) {
        holders.add(h);
      }
    }
    List<Draft> out = new ArrayList<>();
    List<String> roles = holders.stream().map(h -> h.person().role()).toList();
    for (Holder h : holders) {
      Draft d = single(ctx, h, roles);
      if (d != null) {
        out.add(d);
      }
    }
    List<Holder> distinct = new ArrayList<>();
    for (Holder h : holders) {
      if (distinct.stream().noneMatch(o -> ctx.names().sameAs(o.person().role(), h.person().role(), List.of()))) {
        distinct.add(h);
      }
    }
    // roles of one-person-two-names pairs are kept out as distractors too, by role identity above
    for (int from = 0; from + 4 <= distinct.size(); from += 5) {
      out.add(matching(ctx, distinct.subList(from, Math.min(distinct.size(), from + 5))));
    }
    return out;
  }

  private static Holder locate(GenerationContext ctx, Person person) {
    String name = person.name();
    String role = person.role();
    if (name == null || role == null || name.isBlank() || role.isBlank() || BYLINE_ROLE.matcher(role).matches()) {
      return null;
    }
    for (Passage p : ctx.text().passages()) {
      int n = p.indexOf(name);
      int r = p.indexOf(role);
      if (n >= 0 && r >= 0) {
        int from = Math.min(n, r);
        int to = Math.max(n + name.length(), r + role.length());
        if (to - from <= 60 && DocumentText.usable(p.text().substring(from, to))) {
          return new Holder(person, p, from, to);
        }
      }
    }
    return null;
  }

  private Draft single(GenerationContext ctx, Holder h, List<String> roles) {
    Person person = h.person();
    Passage p = h.passage();
    String quote = quote(ctx, h);
    if (!ctx.text().grounded(quote)) {
      return null;
    }
    String identity = "role:" + SameThing.normal(person.name());
    StemWriter w = ctx.words();
    String shownName = person.name();
    // a distractor role must not also be this person's: same role words, or a role naming them
    List<String> distractors = DistractorPicker.pick(ctx.names(), person.role(), List.of(), roles, 3, r -> r.contains(person.name()));
    QuestionSource source = AgreementQuestions.source(p, quote);
    int salience = ctx.text().mentions(person.name());
    if (OptionOrder.pick(FAMILY, identity, 4) == 0 && !distractors.isEmpty()) {
      boolean truth = OptionOrder.pick(FAMILY, identity + "/tf", 2) == 0;
      String shown = truth ? person.role() : distractors.get(0);
      return new Draft(FAMILY, identity, QuestionType.TRUE_FALSE, w.roleStatement(p, shownName, shown),
          w.pick(List.of("○", "×"), List.of("对", "错"), List.of("True", "False")), new Answer.Truth(truth),
          w.cite(p, quote) + (w.language().isChinese() ? "" : " ")
              + (truth ? w.trueNote() : w.notNote(person.role(), shown)),
          p.section(), source, truth ? Closeness.FAR : Closeness.ofNames(person.role(), List.of(shown)), salience);
    }
    if (distractors.isEmpty()) {
      return null;
    }
    List<String> options = new ArrayList<>(distractors);
    options.add(person.role());
    return new Draft(FAMILY, identity, QuestionType.MULTIPLE_CHOICE, w.roleChoice(p, shownName),
        OptionOrder.shuffle(options, FAMILY, identity), new Answer.Choice(person.role()), w.cite(p, quote),
        p.section(), source, Closeness.ofNames(person.role(), distractors), salience);
  }

  private Draft matching(GenerationContext ctx, List<Holder> group) {
    StemWriter w = ctx.words();
    List<Answer.Pair> pairs = new ArrayList<>();
    List<String> rights = new ArrayList<>();
    List<String> cites = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (Holder h : group) {
      pairs.add(new Answer.Pair(h.person().name(), h.person().role()));
      rights.add(h.person().role());
      cites.add(w.cite(h.passage(), quote(ctx, h)));
      keys.add(SameThing.normal(h.person().name()));
    }
    String identity = "match:" + String.join(",", keys.stream().sorted().toList());
    Holder first = group.get(0);
    return new Draft(FAMILY, identity, QuestionType.MATCHING, w.roleMatching(first.passage()),
        OptionOrder.shuffle(rights, FAMILY, identity), new Answer.Pairs(pairs), w.join(cites), null,
        AgreementQuestions.source(first.passage(), quote(ctx, first)), Closeness.NEAR, 1);
  }

  /** The sentence piece naming both; just the name-and-role span when that piece is unusable. */
  private static String quote(GenerationContext ctx, Holder h) {
    String piece = Fragment.cut(h.passage().text(), h.from(), h.to(), ctx.text().language());
    return DocumentText.usable(piece) ? piece : h.passage().text().substring(h.from(), h.to());
  }
}
