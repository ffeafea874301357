package tiku.generate;

import java.util.ArrayList;
import java.util.List;
import tiku.model.Agreement;
import tiku.model.Answer;
import tiku.model.Organization;
import tiku.model.QuestionSource;
import tiku.model.QuestionType;

/**
 * What an acronym stands for: multiple choice (other full names of the document as distractors,
 * never an alias of the key), true/false with another full name, and acronym ↔ full name matching
 * when the document gives four or more.
 */
final class AcronymQuestions implements QuestionFamily {
  static final String FAMILY = "acronym";

  @Override
  public List<Draft> drafts(GenerationContext ctx) {
    List<AcronymPair> pairs = AcronymPair.find(ctx.facts(), ctx.text().passages());
    List<String> names = new ArrayList<>();
    pairs.forEach(p -> names.add(p.name()));
    for (Agreement a : ctx.facts().agreements()) {
      if (Mention.askable(a.name()) && ctx.text().mentions(a.name()) > 0) {
        names.add(a.name());
      }
    }
    for (Organization o : ctx.facts().organizations()) {
      if (o.name() != null && ctx.text().mentions(o.name()) > 0 && !AcronymPair.isAcronym(o.name())) {
        names.add(o.name());
      }
    }
    List<Draft> out = new ArrayList<>();
    for (AcronymPair pair : pairs) {
      Draft d = single(ctx, pair, names);
      if (d != null) {
        out.add(d);
      }
    }
    for (int from = 0; from + 4 <= pairs.size(); from += 5) {
      out.add(matching(ctx, pairs.subList(from, Math.min(pairs.size(), from + 5))));
    }
    return out;
  }

  private Draft single(GenerationContext ctx, AcronymPair pair, List<String> names) {
    Passage p = pair.passage();
    String quote = Fragment.cut(p.text(), pair.at(), pair.end(), ctx.text().language());
    if (!ctx.text().grounded(quote) || !quote.contains(pair.name()) || !quote.contains(pair.acronym())) {
      return null;
    }
    String identity = "acronym:" + pair.acronym();
    StemWriter w = ctx.words();
    QuestionSource source = AgreementQuestions.source(p, quote);
    // another acronym's own full name is fair; a name for the same thing never is
    List<String> distractors = DistractorPicker.pick(ctx.names(), pair.name(), pair.aliases(), names, 3, c -> c.contains(pair.acronym()));
    int salience = ctx.text().mentions(pair.acronym());
    if (OptionOrder.pick(FAMILY, identity, 4) == 0 && !distractors.isEmpty()) {
      boolean truth = OptionOrder.pick(FAMILY, identity + "/tf", 2) == 0;
      String shown = truth ? pair.name() : distractors.get(0);
      return new Draft(FAMILY, identity, QuestionType.TRUE_FALSE, w.acronymStatement(p, pair.acronym(), shown),
          w.pick(List.of("○", "×"), List.of("对", "错"), List.of("True", "False")), new Answer.Truth(truth),
          w.cite(p, quote) + space(w) + (truth ? w.trueNote() : w.notNote(w.quoted(pair.name()), w.quoted(shown))),
          p.section(), source, truth ? Closeness.FAR : Closeness.ofNames(pair.name(), List.of(shown)), salience);
    }
    if (distractors.isEmpty()) {
      return null;
    }
    List<String> options = new ArrayList<>(distractors);
    options.add(pair.name());
    return new Draft(FAMILY, identity, QuestionType.MULTIPLE_CHOICE, w.acronymChoice(p, pair.acronym()),
        OptionOrder.shuffle(options, FAMILY, identity), new Answer.Choice(pair.name()), w.cite(p, quote),
        p.section(), source, Closeness.ofNames(pair.name(), distractors), salience);
  }

  private Draft matching(GenerationContext ctx, List<AcronymPair> group) {
    StemWriter w = ctx.words();
    List<Answer.Pair> pairs = new ArrayList<>();
    List<String> rights = new ArrayList<>();
    List<String> cites = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (AcronymPair a : group) {
      pairs.add(new Answer.Pair(a.acronym(), a.name()));
      rights.add(a.name());
      cites.add(w.cite(a.passage(), Fragment.cut(a.passage().text(), a.at(), a.end(), w.language())));
      keys.add(a.acronym());
    }
    String identity = "match:" + String.join(",", keys.stream().sorted().toList());
    AcronymPair first = group.get(0);
    String quote = Fragment.cut(first.passage().text(), first.at(), first.end(), w.language());
    List<String> names = group.stream().map(AcronymPair::name).toList();
    Closeness c = Closeness.FAR;
    for (String n : names) {
      c = Closeness.max(c, Closeness.ofNames(n, names.stream().filter(o -> !o.equals(n)).toList()));
    }
    return new Draft(FAMILY, identity, QuestionType.MATCHING, w.acronymMatching(first.passage()),
        OptionOrder.shuffle(rights, FAMILY, identity), new Answer.Pairs(pairs), w.join(cites), null,
        AgreementQuestions.source(first.passage(), quote), c, 1);
  }

  private static String space(StemWriter w) {
    return w.language().isChinese() ? "" : " ";
  }
}
