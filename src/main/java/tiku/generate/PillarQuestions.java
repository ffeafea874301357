package tiku.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tiku.model.Answer;
import tiku.model.QuestionSource;
import tiku.model.QuestionType;
import tiku.model.Section;

/**
 * Which pillar (section) a clause belongs to: the clause quoted, the section headings as options.
 * Each clause is asked once on its own (multiple choice, or true/false with the pillar its words
 * point to most) and once as a pair of a clause ↔ pillar matching exercise.
 */
final class PillarQuestions implements QuestionFamily {
  static final String FAMILY = "pillar";

  @Override
  public List<Draft> drafts(GenerationContext ctx) {
    List<Section> sections = ctx.text().sections();
    List<Draft> out = new ArrayList<>();
    if (sections.size() < 4) {
      return out; // three distractors of the same kind are needed
    }
    Map<Integer, List<Passage>> pool = new LinkedHashMap<>();
    for (Passage p : ctx.text().clauses()) {
      if (p.section() == null || ctx.text().section(p.section()).isEmpty()) {
        continue;
      }
      Excerpt ex = Excerpt.of(p.text(), ctx.text().language().isChinese() ? 45 : 150, ctx.text().language());
      if (!ctx.text().grounded(ex.text()) || ex.text().length() < (ctx.text().language().isChinese() ? 8 : 25)) {
        continue;
      }
      String identity = "clause:" + p.place();
      if (OptionOrder.pick(FAMILY, identity, 5) == 0) {
        out.add(trueFalse(ctx, p, ex, identity));
      } else {
        out.add(choice(ctx, p, ex, identity));
      }
      pool.computeIfAbsent(p.section(), k -> new ArrayList<>()).add(p);
    }
    // review exercises: every clause also stands in one clause ↔ pillar matching (a different
    // question type, so a worksheet selected by type never repeats a clause)
    matchings(ctx, pool, out);
    return out;
  }

  private Draft choice(GenerationContext ctx, Passage p, Excerpt ex, String identity) {
    Section key = ctx.text().section(p.section()).orElseThrow();
    List<String> others = new ArrayList<>();
    for (Section s : ctx.text().sections()) {
      if (s.number() != key.number()) {
        others.add(s.heading());
      }
    }
    // a stable but varied choice of three of the other pillars
    java.util.Collections.shuffle(others, new Random(QuestionIds.seed(FAMILY, identity)));
    List<String> distractors = DistractorPicker.pickExact(key.heading(), others, 3, h -> false);
    List<String> options = new ArrayList<>(distractors);
    options.add(key.heading());
    StemWriter w = ctx.words();
    return new Draft(
        FAMILY,
        identity,
        QuestionType.MULTIPLE_CHOICE,
        w.pillarChoice(p, ex.shown()),
        OptionOrder.shuffle(options, FAMILY, identity),
        new Answer.Choice(key.heading()),
        w.cite(p, ex.shown()) + (w.language().isChinese() ? "" : " ") + w.pillarNote(key.label() + sep(w) + key.heading()),
        p.section(),
        new QuestionSource(p.clause().number(), p.clause().label(), ex.text()),
        ctx.cues().closeness(p.text(), key.heading(), distractors),
        1);
  }

  private Draft trueFalse(GenerationContext ctx, Passage p, Excerpt ex, String identity) {
    Section key = ctx.text().section(p.section()).orElseThrow();
    boolean truth = OptionOrder.pick(FAMILY, identity + "/tf", 2) == 0;
    String shown = key.heading();
    Closeness closeness = Closeness.FAR;
    if (!truth) {
      // the wrong pillar the clause's words point to most: plausible, and certainly wrong
      Section wrong =
          ctx.text().sections().stream()
              .filter(s -> s.number() != key.number())
              .max(Comparator.comparingInt((Section s) -> ctx.cues().overlap(p.text(), s.heading()))
                  .thenComparing(s -> -s.number()))
              .orElseThrow();
      shown = wrong.heading();
      closeness = ctx.cues().closeness(p.text(), key.heading(), List.of(wrong.heading()));
    }
    StemWriter w = ctx.words();
    String note = truth ? w.pillarNote(key.label() + sep(w) + key.heading())
        : w.notNote(w.quoted(key.heading()), w.quoted(shown));
    return new Draft(
        FAMILY,
        identity,
        QuestionType.TRUE_FALSE,
        w.pillarStatement(p, ex.shown(), shown),
        w.pick(List.of("○", "×"), List.of("对", "错"), List.of("True", "False")),
        new Answer.Truth(truth),
        w.cite(p, ex.shown()) + (w.language().isChinese() ? "" : " ") + note,
        p.section(),
        new QuestionSource(p.clause().number(), p.clause().label(), ex.text()),
        closeness,
        1);
  }

  /** Groups of four clauses from four different pillars, one clause each; returns the clauses left. */
  private List<Passage> matchings(GenerationContext ctx, Map<Integer, List<Passage>> pool, List<Draft> out) {
    Map<Integer, List<Passage>> left = new LinkedHashMap<>();
    pool.forEach((k, v) -> left.put(k, new ArrayList<>(v)));
    StemWriter w = ctx.words();
    while (true) {
      List<Integer> open = left.entrySet().stream().filter(e -> !e.getValue().isEmpty())
          .sorted(Comparator.comparingInt((Map.Entry<Integer, List<Passage>> e) -> -e.getValue().size())
              .thenComparing(Map.Entry::getKey))
          .map(Map.Entry::getKey).toList();
      if (open.size() < 4) {
        List<Passage> rest = new ArrayList<>();
        left.values().forEach(rest::addAll);
        rest.sort(Comparator.comparingInt(Passage::order));
        return rest;
      }
      List<Passage> group = new ArrayList<>();
      for (Integer s : open.subList(0, 4)) {
        group.add(left.get(s).remove(0));
      }
      group.sort(Comparator.comparingInt(Passage::order));
      List<Answer.Pair> pairs = new ArrayList<>();
      List<String> rights = new ArrayList<>();
      List<String> cites = new ArrayList<>();
      List<String> places = new ArrayList<>();
      for (Passage p : group) {
        Excerpt ex = Excerpt.of(p.text(), w.language().isChinese() ? 30 : 110, w.language());
        Section s = ctx.text().section(p.section()).orElseThrow();
        pairs.add(new Answer.Pair(ex.shown(), s.heading()));
        rights.add(s.heading());
        cites.add(w.cite(p, ex.shown()) + (w.language().isChinese() ? "" : " ") + w.pillarNote(s.label() + sep(w) + s.heading()));
        places.add(p.place());
      }
      // one more heading as an extra option, so the last pair is not found by elimination
      ctx.text().sections().stream().map(Section::heading).filter(h -> !rights.contains(h))
          .min(Comparator.comparingInt(h -> Math.floorMod(h.hashCode() + places.hashCode(), 97)))
          .ifPresent(rights::add);
      String identity = "match:" + String.join(",", places.stream().sorted().toList());
      Passage first = group.get(0);
      Excerpt firstEx = Excerpt.of(first.text(), w.language().isChinese() ? 30 : 110, w.language());
      out.add(new Draft(
          FAMILY,
          identity,
          QuestionType.MATCHING,
          w.pillarMatching(first),
          OptionOrder.shuffle(rights, FAMILY, identity),
          new Answer.Pairs(pairs),
          w.join(cites),
          null,
          new QuestionSource(first.clause().number(), first.clause().label(), firstEx.text()),
          Closeness.NEAR,
          1));
    }
  }

  private static String sep(StemWriter w) {
    return w.pick("、", "、", ". ");
  }
}
