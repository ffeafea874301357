package tiku.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tiku.model.Agreement;
import tiku.model.Answer;
import tiku.model.QuestionSource;
import tiku.model.QuestionType;
import tiku.model.Section;

/**
 * Which agreement a passage names: the passage with the name cut out (multiple choice, or cloze
 * without a word bank), the passage with another agreement swapped in (true/false), which document a
 * clause naming three or more does not name, and which pillar an agreement belongs to. Every option
 * is checked against the whole passage: an agreement the passage also names is never a distractor.
 */
final class AgreementQuestions implements QuestionFamily {
  static final String FAMILY = "agreement";

  @Override
  public List<Draft> drafts(GenerationContext ctx) {
    List<Agreement> agreements = ctx.facts().agreements();
    List<Draft> out = new ArrayList<>();
    for (Mention m : Mention.all(agreements, ctx.text().passages())) {
      Draft d = mention(ctx, m, agreements);
      if (d != null) {
        out.add(d);
      }
    }
    for (Passage p : ctx.text().passages()) {
      Draft d = absent(ctx, p, agreements);
      if (d != null) {
        out.add(d);
      }
    }
    for (Agreement a : agreements) {
      Draft d = pillarOf(ctx, a);
      if (d != null) {
        out.add(d);
      }
    }
    return out;
  }

  private Draft mention(GenerationContext ctx, Mention m, List<Agreement> all) {
    Passage p = m.passage();
    Fragment.Gapped g = Fragment.gap(p.text(), m.at(), m.at() + m.surface().length(), ctx.text().language());
    if (g == null || !ctx.text().grounded(g.fragment())) {
      return null;
    }
    String identity = "mention:" + SameThing.normal(m.agreement().name()) + "@" + p.place() + occurrence(ctx, m);
    List<String> candidates = new ArrayList<>();
    for (Agreement a : all) {
      if (a != m.agreement() && !Mention.names(p, a) && Mention.askable(a.name())) {
        candidates.add(a.name());
      }
    }
    // never a name for the same agreement, nor one the passage itself also gives
    List<String> aliases = m.agreement().allNames();
    List<String> distractors =
        DistractorPicker.pick(m.surface(), aliases, candidates, 3, c -> p.text().contains(c) || aliases.contains(c));
    StemWriter w = ctx.words();
    int salience = m.agreement().allNames().stream().mapToInt(n -> ctx.text().mentions(n)).max().orElse(1);
    QuestionSource source = source(p, g.fragment());
    int form = OptionOrder.pick(FAMILY, identity, 3);
    if (form == 1) {
      Draft tf = trueFalse(ctx, m, g, identity, candidates, aliases, salience, source);
      if (tf != null) {
        return tf;
      }
    }
    if (form != 2 && !distractors.isEmpty()) {
      List<String> options = new ArrayList<>(distractors);
      options.add(m.surface());
      return new Draft(FAMILY, identity, QuestionType.MULTIPLE_CHOICE,
          w.gapChoice(p, g.gapped(), StemWriter.Kind.DOCUMENT),
          OptionOrder.shuffle(options, FAMILY, identity), new Answer.Choice(m.surface()),
          w.cite(p, g.fragment()), p.section(), source, Closeness.ofNames(m.surface(), distractors), salience);
    }
    // a cloze of the name: the term family's question for this mention
    return new Draft(ClozeQuestions.FAMILY, ClozeQuestions.identity(m.surface()), QuestionType.CLOZE,
        w.cloze(p, g.gapped()), List.of(), Answer.Blanks.of(m.surface()), w.cite(p, g.fragment()),
        p.section(), source, Closeness.NEAR, salience);
  }

  private Draft trueFalse(GenerationContext ctx, Mention m, Fragment.Gapped g, String identity,
      List<String> candidates, List<String> aliases, int salience, QuestionSource source) {
    Passage p = m.passage();
    StemWriter w = ctx.words();
    boolean truth = OptionOrder.pick(FAMILY, identity + "/tf", 2) == 0;
    if (truth) {
      return new Draft(FAMILY, identity, QuestionType.TRUE_FALSE, w.statement(p, g.fragment()),
          w.pick(List.of("○", "×"), List.of("对", "错"), List.of("True", "False")), new Answer.Truth(true),
          w.cite(p, g.fragment()) + space(w) + w.trueNote(), p.section(), source, Closeness.FAR, salience);
    }
    String context = contextAround(g);
    // the most similar other agreement that no passage puts in the same context
    String wrong = candidates.stream()
        .filter(c -> !SameThing.same(m.surface(), c, aliases))
        .filter(c -> ctx.text().holding(c).stream().noneMatch(q -> !context.isEmpty() && q.text().contains(context)))
        .max(Comparator.comparingDouble((String c) -> EditDistance.similarity(m.surface(), c)).thenComparing(c -> c))
        .orElse(null);
    if (wrong == null) {
      return null;
    }
    String statement = g.with(m.surface(), wrong);
    return new Draft(FAMILY, identity, QuestionType.TRUE_FALSE, w.statement(p, statement),
        w.pick(List.of("○", "×"), List.of("对", "错"), List.of("True", "False")), new Answer.Truth(false),
        w.cite(p, g.fragment()) + space(w) + w.notNote(w.quoted(m.surface()), w.quoted(wrong)),
        p.section(), source, Closeness.ofNames(m.surface(), List.of(wrong)), salience);
  }

  /** The words just before the name (what the passage says is done with it), to find it elsewhere. */
  private static String contextAround(Fragment.Gapped g) {
    String before = g.fragment().substring(0, g.at()).replaceAll("[《「“‘\"\\s]+$", "");
    int n = Math.min(4, before.length());
    return before.substring(before.length() - n);
  }

  /** Which document a passage naming three or more does not name. */
  private Draft absent(GenerationContext ctx, Passage p, List<Agreement> all) {
    List<Mention> named = Mention.all(all, List.of(p));
    List<String> surfaces = new ArrayList<>();
    for (Mention m : named) {
      if (surfaces.stream().noneMatch(s -> SameThing.same(s, m.surface(), m.agreement().allNames()))) {
        surfaces.add(m.surface());
      }
    }
    if (surfaces.size() < 3) {
      return null;
    }
    List<String> candidates = new ArrayList<>();
    for (Agreement a : all) {
      if (!Mention.names(p, a) && Mention.askable(a.name())) {
        candidates.add(a.name());
      }
    }
    List<String> named3 = surfaces.subList(0, 3);
    String key = candidates.stream()
        .filter(c -> named3.stream().noneMatch(s -> SameThing.same(s, c, List.of())))
        .max(Comparator.comparingDouble((String c) -> named3.stream().mapToDouble(s -> EditDistance.similarity(s, c)).max().orElse(0))
            .thenComparing(c -> c))
        .orElse(null);
    if (key == null) {
      return null;
    }
    int from = named3.stream().mapToInt(s -> p.text().indexOf(s)).min().orElseThrow();
    int to = named3.stream().mapToInt(s -> p.text().indexOf(s) + s.length()).max().orElseThrow();
    int[] r = Fragment.around(p.text(), from, to, ctx.text().language());
    String quote = p.text().substring(Math.min(r[0], from), Math.max(r[1], to));
    if (!ctx.text().grounded(quote)) {
      return null;
    }
    String identity = "absent:" + p.place();
    List<String> options = new ArrayList<>(named3);
    options.add(key);
    StemWriter w = ctx.words();
    return new Draft(FAMILY, identity, QuestionType.MULTIPLE_CHOICE, w.absentDocument(p),
        OptionOrder.shuffle(options, FAMILY, identity), new Answer.Choice(key),
        w.cite(p, quote) + space(w) + w.absentNote(named3.stream().map(w::quoted).toList()),
        p.section(), source(p, quote), Closeness.ofNames(key, named3), 1);
  }

  /** Which pillar an agreement belongs to, when every clause naming it stands in one pillar. */
  private Draft pillarOf(GenerationContext ctx, Agreement a) {
    if (ctx.text().sections().size() < 4 || !Mention.askable(a.name())) {
      return null;
    }
    List<Passage> clauses = ctx.text().clauses().stream().filter(p -> Mention.names(p, a)).toList();
    Set<Integer> pillars = new LinkedHashSet<>();
    clauses.forEach(p -> pillars.add(p.section()));
    if (clauses.isEmpty() || pillars.size() != 1 || pillars.contains(null)) {
      return null;
    }
    Passage first = clauses.get(0);
    Mention m = Mention.all(List.of(a), List.of(first)).stream().findFirst().orElse(null);
    if (m == null) {
      return null;
    }
    Section key = ctx.text().section(first.section()).orElse(null);
    if (key == null) {
      return null;
    }
    String quote = Fragment.cut(first.text(), m.at(), m.at() + m.surface().length(), ctx.text().language());
    if (!ctx.text().grounded(quote)) {
      return null;
    }
    List<String> others = ctx.text().sections().stream().filter(s -> s.number() != key.number()).map(Section::heading).toList();
    String identity = "pillar-of:" + SameThing.normal(a.name());
    List<String> shuffled = OptionOrder.shuffle(others, FAMILY, identity);
    List<String> distractors = shuffled.subList(0, 3);
    List<String> options = new ArrayList<>(distractors);
    options.add(key.heading());
    StemWriter w = ctx.words();
    String shown = bracketed(first.text(), m);
    return new Draft(FAMILY, identity, QuestionType.MULTIPLE_CHOICE, w.documentPillar(first, shown),
        OptionOrder.shuffle(options, FAMILY, identity), new Answer.Choice(key.heading()),
        w.cite(first, quote) + space(w) + w.pillarNote(key.label() + w.pick("、", "、", ". ") + key.heading()),
        key.number(), source(first, quote), PillarCue.closeness(first.text(), key.heading(), distractors),
        clauses.size());
  }

  /** The name with the brackets the passage puts round it (《…》), or plain quotes. */
  private static String bracketed(String text, Mention m) {
    int s = m.at();
    int e = s + m.surface().length();
    if (s > 0 && e < text.length()) {
      char open = text.charAt(s - 1);
      char close = text.charAt(e);
      if ((open == '《' && close == '》') || (open == '「' && close == '」') || (open == '“' && close == '”')) {
        return open + m.surface() + close;
      }
    }
    return m.surface().matches("[\\p{IsHan}].*") ? "《" + m.surface() + "》" : m.surface();
  }

  /** Tells apart two mentions of one agreement in one prose paragraph place ("p"). */
  private static String occurrence(GenerationContext ctx, Mention m) {
    if (m.passage().isClause()) {
      return "";
    }
    int k = 0;
    for (Passage q : ctx.text().passages()) {
      if (q == m.passage()) {
        break;
      }
      if (!q.isClause() && Mention.names(q, m.agreement())) {
        k++;
      }
    }
    return "#" + k;
  }

  static QuestionSource source(Passage p, String quote) {
    return p.isClause() ? new QuestionSource(p.clause().number(), p.clause().label(), quote) : new QuestionSource(null, null, quote);
  }

  private static String space(StemWriter w) {
    return w.language().isChinese() ? "" : " ";
  }
}
