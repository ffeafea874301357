package tiku.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tiku.model.Answer;
import tiku.model.QuestionSource;
import tiku.model.QuestionType;
import tiku.model.Section;

/**
 * Which agreement a passage names ({@link MentionQuestions}), which one a clause naming three or
 * more does not name, and which pillar an agreement named in several clauses belongs to.
 */
final class AgreementQuestions implements QuestionFamily {
  private static final Pattern STARTS_HAN = Pattern.compile("[\\p{IsHan}].*");

  static final String FAMILY = "agreement";

  private final MentionQuestions mentions =
      new MentionQuestions(FAMILY, StemWriter.Kind.DOCUMENT, ctx -> Named.agreements(ctx.facts().agreements()));

  @Override
  public List<Draft> drafts(GenerationContext ctx) {
    List<Named> agreements = Named.agreements(ctx.facts().agreements());
    List<Draft> out = new ArrayList<>(mentions.drafts(ctx));
    // every passage's mentions found in one pass, rather than a pass over all names per passage
    Map<Passage, List<Mention>> named = new IdentityHashMap<>();
    for (Mention m : Mention.all(agreements, ctx.text().passages())) {
      named.computeIfAbsent(m.passage(), k -> new ArrayList<>()).add(m);
    }
    for (Passage p : ctx.text().passages()) {
      Draft d = absent(ctx, p, agreements, named.getOrDefault(p, List.of()));
      if (d != null) {
        out.add(d);
      }
    }
    for (Named a : agreements) {
      Draft d = pillarOf(ctx, a);
      if (d != null) {
        out.add(d);
      }
    }
    out.addAll(pillarMatchings(ctx, agreements));
    return out;
  }

  /** Agreement ↔ pillar matching: four agreements, each named in one pillar only, four pillars. */
  private List<Draft> pillarMatchings(GenerationContext ctx, List<Named> agreements) {
    List<Draft> out = new ArrayList<>();
    if (ctx.text().sections().size() < 4) {
      return out;
    }
    java.util.Map<Integer, List<Mention>> bySection = new java.util.TreeMap<>();
    for (Named a : agreements) {
      if (!Mention.askable(a.name())) {
        continue;
      }
      List<Passage> clauses = ctx.text().clauses().stream().filter(p -> Mention.names(p, a)).toList();
      Set<Integer> pillars = new LinkedHashSet<>();
      clauses.forEach(p -> pillars.add(p.section()));
      if (clauses.isEmpty() || pillars.size() != 1 || pillars.contains(null)) {
        continue;
      }
      Mention.all(List.of(a), List.of(clauses.get(0))).stream().findFirst()
          .ifPresent(m -> bySection.computeIfAbsent(clauses.get(0).section(), k -> new ArrayList<>()).add(m));
    }
    StemWriter w = ctx.words();
    while (true) {
      List<Integer> open = bySection.entrySet().stream().filter(e -> !e.getValue().isEmpty())
          .sorted(Comparator.comparingInt((java.util.Map.Entry<Integer, List<Mention>> e) -> -e.getValue().size())
              .thenComparing(java.util.Map.Entry::getKey))
          .map(java.util.Map.Entry::getKey).limit(4).toList();
      if (open.size() < 4) {
        return out;
      }
      List<Answer.Pair> pairs = new ArrayList<>();
      List<String> rights = new ArrayList<>();
      List<String> cites = new ArrayList<>();
      List<String> keys = new ArrayList<>();
      QuestionSource first = null;
      Passage firstPassage = null;
      for (Integer s : open.stream().sorted().toList()) {
        Mention m = bySection.get(s).remove(0);
        Section sec = ctx.text().section(s).orElseThrow();
        String quote = Fragment.cut(m.passage().text(), m.at(), m.at() + m.surface().length(), w.language());
        pairs.add(new Answer.Pair(m.surface(), sec.heading()));
        rights.add(sec.heading());
        cites.add(w.cite(m.passage(), quote) + w.space() + w.pillarNote(sec.label() + w.pick("、", "、", ". ") + sec.heading()));
        keys.add(SameThing.normal(m.surface()));
        if (first == null) {
          first = source(m.passage(), quote);
          firstPassage = m.passage();
        }
      }
      ctx.text().sections().stream().map(Section::heading).filter(h -> !rights.contains(h))
          .min(Comparator.comparingInt(h -> Math.floorMod(h.hashCode() + keys.hashCode(), 97)))
          .ifPresent(rights::add);
      String identity = "match-pillar:" + String.join(",", keys.stream().sorted().toList());
      out.add(new Draft(FAMILY, identity, QuestionType.MATCHING, w.documentPillarMatching(firstPassage),
          OptionOrder.shuffle(rights, FAMILY, identity), new Answer.Pairs(pairs), w.join(cites), null, first,
          Closeness.NEAR, 1));
    }
  }

  /** Which document a passage naming three or more does not name. */
  Draft absent(GenerationContext ctx, Passage p, List<Named> all, List<Mention> named) {
    List<String> surfaces = new ArrayList<>();
    for (Mention m : named) {
      if (surfaces.stream().noneMatch(s -> ctx.names().sameAs(m.surface(), s, m.thing().allNames()))) {
        surfaces.add(m.surface());
      }
    }
    if (surfaces.size() < 3) {
      return null;
    }
    List<String> candidates = new ArrayList<>();
    for (Named a : all) {
      if (!Mention.names(p, a) && Mention.askable(a.name())) {
        candidates.add(a.name());
      }
    }
    List<String> named3 = surfaces.subList(0, 3);
    String key = candidates.stream()
        .filter(c -> named3.stream().noneMatch(s -> ctx.names().sameAs(s, c, List.of())))
        .max(Comparator.comparingDouble((String c) -> named3.stream().mapToDouble(s -> EditDistance.similarity(s, c)).max().orElse(0))
            .thenComparing(c -> c))
        .orElse(null);
    if (key == null) {
      return null;
    }
    int from = named3.stream().mapToInt(s -> p.indexOf(s)).min().orElseThrow();
    int to = named3.stream().mapToInt(s -> p.indexOf(s) + s.length()).max().orElseThrow();
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

  /**
   * Which pillar an agreement belongs to, when two or more clauses name it and all stand in one
   * pillar (with one clause, that clause's own pillar question asks the same thing).
   */
  private Draft pillarOf(GenerationContext ctx, Named a) {
    if (ctx.text().sections().size() < 4 || !Mention.askable(a.name())) {
      return null;
    }
    List<Passage> clauses = ctx.text().clauses().stream().filter(p -> Mention.names(p, a)).toList();
    Set<Integer> pillars = new LinkedHashSet<>();
    clauses.forEach(p -> pillars.add(p.section()));
    if (clauses.size() < 2 || pillars.size() != 1 || pillars.contains(null)) {
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
        key.number(), source(first, quote), ctx.cues().closeness(first.text(), key.heading(), distractors),
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
    return STARTS_HAN.matcher(m.surface()).matches() ? "《" + m.surface() + "》" : m.surface();
  }


  static QuestionSource source(Passage p, String quote) {
    return MentionQuestions.source(p, quote);
  }

  private static String space(StemWriter w) {
    return w.language().isChinese() ? "" : " ";
  }
}
