package tiku.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tiku.model.Difficulty;
import tiku.model.Facts;
import tiku.model.Question;
import tiku.model.Status;

/** Turns a document's facts into questions, every one citing its source text. */
public final class QuestionGenerator {
  private static final List<QuestionFamily> FAMILIES =
      List.of(
          new PillarQuestions(),
          new AgreementQuestions(),
          new MentionQuestions("organization", StemWriter.Kind.ORGANIZATION, ctx -> Named.organizations(ctx.facts().organizations())),
          new YearQuestions(),
          new AcronymQuestions(),
          new RoleQuestions(),
          new QuantityQuestions(),
          new ClozeQuestions(),
          new ChronologyQuestions(),
          new PartyQuestions());

  private QuestionGenerator() {}

  /** Every question the rules allow, in family order; the same facts always give the same list. */
  public static List<Question> generate(Facts facts) {
    if (facts == null || facts.document() == null) {
      throw new IllegalArgumentException("facts: a document is needed");
    }
    GenerationContext ctx = GenerationContext.of(facts);
    List<Question> out = new ArrayList<>();
    Set<String> asked = new HashSet<>();
    Set<String> stems = new HashSet<>();
    for (QuestionFamily family : FAMILIES) {
      for (Draft d : family.drafts(ctx)) {
        // the same family and key fact, or the same wording, is the same question: keep the first
        // (an id already asked is skipped before the gate's checks, which would not change that)
        String id = QuestionIds.id(d.family(), d.identity());
        if (asked.contains(id) || !QualityGate.passes(d, ctx.text()) || !asked.add(id)
            || !stems.add(d.stem() + "\u0000" + d.answer().display())) {
          continue;
        }
        out.add(toQuestion(id, d));
      }
    }
    return List.copyOf(out);
  }

  private static Question toQuestion(String id, Draft d) {
    Difficulty difficulty = DifficultyRater.rate(d);
    List<String> tags = new ArrayList<>();
    tags.add("family::" + d.family());
    tags.add("type::" + d.type().id());
    if (d.pillar() != null) {
      tags.add("pillar::" + d.pillar());
    }
    tags.add("difficulty::" + difficulty.id());
    return new Question(id, d.type(), d.family(), d.stem(), d.options(), d.answer(), d.explanation(), difficulty,
        d.pillar(), tags, Status.NEW, d.source());
  }
}
