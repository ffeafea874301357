package tiku.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import tiku.model.Answer;
import tiku.model.QuestionSource;
import tiku.model.QuestionType;

/**
 * Which named thing (agreement, organization) a passage names: for each mention, one question —
 * the passage with the name cut out as multiple choice, the same as a cloze without a word bank, or
 * a true/false statement with another thing of the same kind swapped in. Every option is checked
 * against the whole passage: a thing the passage also names is never a distractor, and a swap is
 * refused when another passage says the same words of the swapped-in thing.
 */
final class MentionQuestions implements QuestionFamily {
  private static final Pattern OPENING_MARKS = Pattern.compile("[《「“‘\"\\s]+$");
  private final String family;
  private final StemWriter.Kind kind;
  private final Function<GenerationContext, List<Named>> things;

  MentionQuestions(String family, StemWriter.Kind kind, Function<GenerationContext, List<Named>> things) {
    this.family = family;
    this.kind = kind;
    this.things = things;
  }

  @Override
  public List<Draft> drafts(GenerationContext ctx) {
    List<Named> all = things.apply(ctx).stream().filter(n -> Mention.askable(n.name())).toList();
    List<Draft> out = new ArrayList<>();
    java.util.Set<String> clozed = new java.util.HashSet<>();
    for (Mention m : Mention.all(all, ctx.text().passages())) {
      Draft d = mention(ctx, m, all, clozed);
      if (d != null) {
        out.add(d);
        if (d.type() == QuestionType.CLOZE) {
          clozed.add(ctx.names().form(m.thing().name()).normal);
        }
      }
    }
    return out;
  }

  /** One question for the mention; a thing already asked as a cloze is not blanked again. */
  private Draft mention(GenerationContext ctx, Mention m, List<Named> all, java.util.Set<String> clozed) {
    Passage p = m.passage();
    Fragment.Gapped g = Fragment.gap(p.text(), m.at(), m.at() + m.surface().length(), ctx.text().language());
    if (g == null || !ctx.text().grounded(g.fragment())) {
      return null;
    }
    // the thing's normal form from the document's memo (SameThing.normal of the name)
    String normalName = ctx.names().form(m.thing().name()).normal;
    String identity = "mention:" + normalName + "@" + p.place() + occurrence(ctx, m);
    List<String> candidates = new ArrayList<>();
    for (Named a : all) {
      if (a != m.thing() && !Mention.names(p, a)) {
        candidates.add(a.name());
      }
    }
    List<String> aliases = m.thing().allNames();
    // never a name for the same thing, nor one the passage itself also gives
    List<String> distractors =
        DistractorPicker.pick(ctx.names(), m.surface(), aliases, candidates, 3, c -> p.holds(c) || aliases.contains(c));
    StemWriter w = ctx.words();
    int salience = aliases.stream().mapToInt(n -> ctx.text().mentions(n)).max().orElse(1);
    QuestionSource source = source(p, g.fragment());
    int form = OptionOrder.pick(family, identity, 3);
    if (form == 1) {
      Draft tf = trueFalse(ctx, m, g, identity, candidates, aliases, salience, source);
      if (tf != null) {
        return tf;
      }
    }
    boolean clozeUsed = clozed.contains(normalName);
    if ((form != 2 || clozeUsed) && !distractors.isEmpty()) {
      List<String> options = new ArrayList<>(distractors);
      options.add(m.surface());
      return new Draft(family, identity, QuestionType.MULTIPLE_CHOICE, w.gapChoice(p, g.gapped(), kind),
          OptionOrder.shuffle(options, family, identity), new Answer.Choice(m.surface()),
          w.cite(p, g.fragment()), p.section(), source, Closeness.ofNames(m.surface(), distractors), salience);
    }
    if (clozeUsed) {
      return null;
    }
    // a cloze of the name, asked once per term (the term family's identity)
    return new Draft(ClozeQuestions.FAMILY, ClozeQuestions.identity(m.surface()), QuestionType.CLOZE,
        w.cloze(p, g.gapped()), List.of(), Answer.Blanks.of(m.surface()), w.cite(p, g.fragment()),
        p.section(), source, Closeness.NEAR, salience);
  }

  private Draft trueFalse(GenerationContext ctx, Mention m, Fragment.Gapped g, String identity,
      List<String> candidates, List<String> aliases, int salience, QuestionSource source) {
    Passage p = m.passage();
    StemWriter w = ctx.words();
    boolean truth = OptionOrder.pick(family, identity + "/tf", 2) == 0;
    if (truth) {
      return new Draft(family, identity, QuestionType.TRUE_FALSE, w.statement(p, g.fragment()), w.truthOptions(),
          new Answer.Truth(true), w.cite(p, g.fragment()) + w.space() + w.trueNote(), p.section(), source,
          Closeness.FAR, salience);
    }
    String context = contextBefore(g);
    // the most similar other thing (ties: the greatest name) that no passage puts in the same words;
    // each candidate's similarity is worked out once, not again in every comparison
    String wrong = null;
    double best = 0;
    for (String c : candidates) {
      // (an empty context matches no passage, so the passages holding c need not be found then)
      if (ctx.names().sameAs(m.surface(), c, aliases)
          || !context.isEmpty() && ctx.text().holding(c).stream().anyMatch(q -> q.holds(context))) {
        continue;
      }
      double similarity = EditDistance.similarity(m.surface(), c);
      // a swap must be plausible: a name of similar form, not any name at all
      if (similarity >= 0.3 && (wrong == null || similarity > best || similarity == best && c.compareTo(wrong) > 0)) {
        wrong = c;
        best = similarity;
      }
    }
    if (wrong == null) {
      return null;
    }
    return new Draft(family, identity, QuestionType.TRUE_FALSE, w.statement(p, g.with(m.surface(), wrong)),
        w.truthOptions(), new Answer.Truth(false),
        w.cite(p, g.fragment()) + w.space() + w.notNote(w.quoted(m.surface()), w.quoted(wrong)),
        p.section(), source, Closeness.ofNames(m.surface(), List.of(wrong)), salience);
  }

  /** The words just before the name (what the passage says is done with it), to find it elsewhere. */
  private static String contextBefore(Fragment.Gapped g) {
    String before = OPENING_MARKS.matcher(g.fragment().substring(0, g.at())).replaceAll("");
    int n = Math.min(4, before.length());
    return before.substring(before.length() - n);
  }

  /** Tells apart mentions of one thing in different prose paragraphs (which have no number). */
  private static String occurrence(GenerationContext ctx, Mention m) {
    if (m.passage().isClause()) {
      return "";
    }
    int k = 0;
    for (Passage q : ctx.text().passages()) {
      if (q == m.passage()) {
        break;
      }
      if (!q.isClause() && Mention.names(q, m.thing())) {
        k++;
      }
    }
    return "#" + k;
  }

  static QuestionSource source(Passage p, String quote) {
    return p.isClause()
        ? new QuestionSource(p.clause().number(), p.clause().label(), quote)
        : new QuestionSource(null, null, quote);
  }
}
