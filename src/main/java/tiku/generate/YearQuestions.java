package tiku.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tiku.model.Answer;
import tiku.model.QuestionType;

/**
 * The year of an event: the passage with the year cut out, the document's other stated years as
 * distractors (nearest first), or a true/false statement with the year swapped for another the
 * document ties to a different event.
 */
final class YearQuestions implements QuestionFamily {
  static final String FAMILY = "year";

  @Override
  public List<Draft> drafts(GenerationContext ctx) {
    List<YearMention> all = YearMention.all(ctx.text().passages(), ctx.text().language());
    Set<Integer> years = new TreeSet<>();
    all.forEach(y -> years.add(y.year()));
    List<Draft> out = new ArrayList<>();
    for (YearMention y : all) {
      Draft d = question(ctx, y, years, all);
      if (d != null) {
        out.add(d);
      }
    }
    return out;
  }

  private Draft question(GenerationContext ctx, YearMention y, Set<Integer> years, List<YearMention> all) {
    Passage p = y.passage();
    Fragment.Gapped g = Fragment.gap(p.text(), y.start(), y.end(), ctx.text().language());
    if (g == null || !ctx.text().grounded(g.fragment())) {
      return null;
    }
    // a year that also stands elsewhere in the fragment would be a second answer
    List<Integer> others = years.stream()
        .filter(o -> o != y.year() && !g.fragment().contains(String.valueOf(o)))
        .sorted(Comparator.comparingInt((Integer o) -> Math.abs(o - y.year())).thenComparingInt(o -> o))
        .toList();
    long before = all.stream().filter(o -> o.passage() == p && o.year() == y.year() && o.start() < y.start()).count();
    String identity = "year:" + y.year() + "@" + p.place() + (p.isClause() ? "" : "#" + proseIndex(ctx, p, y.year())) + "#" + before;
    StemWriter w = ctx.words();
    int salience = ctx.text().mentions(y.digits());
    var source = AgreementQuestions.source(p, g.fragment());
    List<String> tf = w.pick(List.of("○", "×"), List.of("对", "错"), List.of("True", "False"));
    if (OptionOrder.pick(FAMILY, identity, 4) == 0) {
      if (OptionOrder.pick(FAMILY, identity + "/tf", 2) == 0) {
        return new Draft(FAMILY, identity, QuestionType.TRUE_FALSE, w.statement(p, g.fragment()), tf,
            new Answer.Truth(true), w.cite(p, g.fragment()) + space(w) + w.trueNote(), p.section(), source,
            Closeness.FAR, salience);
      }
      String after = afterYear(g);
      Integer wrong = others.stream()
          // not a year the document ties to the same words (that would make the statement true)
          .filter(o -> after.isEmpty() || !ctx.text().contains(o + after))
          .findFirst().orElse(null);
      if (wrong != null) {
        return new Draft(FAMILY, identity, QuestionType.TRUE_FALSE,
            w.statement(p, g.with(y.digits(), String.valueOf(wrong))), tf, new Answer.Truth(false),
            w.cite(p, g.fragment()) + space(w) + w.notNote(y.digits(), String.valueOf(wrong)),
            p.section(), source, Closeness.ofYears(y.year(), List.of(wrong)), salience);
      }
    }
    if (others.size() < 3) {
      return null;
    }
    List<Integer> distractors = others.subList(0, 3);
    List<String> options = new ArrayList<>();
    distractors.forEach(d -> options.add(String.valueOf(d)));
    options.add(y.digits());
    return new Draft(FAMILY, identity, QuestionType.MULTIPLE_CHOICE, w.gapChoice(p, g.gapped(), StemWriter.Kind.YEAR),
        OptionOrder.shuffle(options, FAMILY, identity), new Answer.Choice(y.digits()), w.cite(p, g.fragment()),
        p.section(), source, Closeness.ofYears(y.year(), distractors), salience);
  }

  /** The few words after the year ("年建交"), to check a swapped year is not true elsewhere. */
  private static String afterYear(Fragment.Gapped g) {
    String rest = g.fragment().substring(g.at() + 4);
    return rest.substring(0, Math.min(3, rest.length()));
  }

  private static int proseIndex(GenerationContext ctx, Passage p, int year) {
    int k = 0;
    for (Passage q : ctx.text().passages()) {
      if (q == p) {
        return k;
      }
      if (!q.isClause() && q.holds(String.valueOf(year))) {
        k++;
      }
    }
    return k;
  }

  private static String space(StemWriter w) {
    return w.language().isChinese() ? "" : " ";
  }
}
