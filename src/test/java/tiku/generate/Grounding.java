package tiku.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tiku.model.Answer;
import tiku.model.Clause;
import tiku.model.Document;
import tiku.model.Question;
import tiku.model.QuestionType;
import tiku.model.Section;

/**
 * Checks a question against the source text itself (not against earlier output): the quote stands
 * in the content and holds what the answer says.
 */
final class Grounding {
  private static final Pattern CITED = Pattern.compile("[：:] ?[「“]((?:[^「」“”]|「[^「」]*」|“[^“”]*”)+)[」”]");

  private Grounding() {}

  /** Why the question is not supported by its quote, or empty when it is. */
  static Optional<String> problem(Question q, Document d) {
    String quote = q.source().quote();
    String content = d.content();
    if (quote == null || !content.contains(quote)) {
      return Optional.of("quote not in content: " + quote);
    }
    if (q.source().clause() != null) {
      Optional<Clause> c = d.clause(q.source().clause());
      if (c.isEmpty() || !c.get().text().contains(quote)) {
        return Optional.of("quote not in its clause " + q.source().clause());
      }
    }
    String key = switch (q.type()) {
      case MULTIPLE_CHOICE -> ((Answer.Choice) q.answer()).option();
      case CLOZE -> ((Answer.Blanks) q.answer()).texts().get(0);
      default -> null;
    };
    if (q.type() == QuestionType.MATCHING || q.type() == QuestionType.ORDERING) {
      return composite(q, content);
    }
    boolean pillarAnswer = q.family().equals("pillar") || isPillarOf(q);
    if (pillarAnswer) {
      Clause c = d.clause(q.source().clause()).orElseThrow();
      String heading = d.section(c.section()).map(Section::heading).orElse("?");
      if (key != null && !key.equals(heading)) {
        return Optional.of("pillar answer is not the clause's section heading");
      }
      if (q.type() == QuestionType.TRUE_FALSE
          && ((Answer.Truth) q.answer()).value()
              != (q.stem().contains("「" + heading + "」") || q.stem().contains("“" + heading + "”"))) {
        return Optional.of("pillar true/false does not match the clause's section");
      }
      return Optional.empty();
    }
    if (isAbsent(q)) {
      String clause = d.clause(q.source().clause()).map(Clause::text).orElse(quote);
      for (String o : q.options()) {
        if (o.equals(key) == clause.contains(o)) {
          return Optional.of("absent-question option " + o + " wrongly placed");
        }
      }
      return Optional.empty();
    }
    if (key != null && !quote.contains(key)) {
      return Optional.of("quote lacks the key " + key);
    }
    if (q.type() == QuestionType.TRUE_FALSE && q.family().matches("agreement|organization|year")) {
      boolean truth = ((Answer.Truth) q.answer()).value();
      // the statement may lower-case the quote's first word ("We …" → "…, we …")
      String core = quote.replaceAll("[。，,；;.:：]+$", "").substring(1);
      if (truth != q.stem().contains(core)) {
        return Optional.of("true/false statement does not match its quote");
      }
    }
    return Optional.empty();
  }

  static boolean isPillarOf(Question q) {
    return q.family().equals("agreement") && (q.stem().contains("見於") || q.stem().contains("见于") || q.stem().endsWith("mentioned?"));
  }

  static boolean isAbsent(Question q) {
    return q.stem().contains("沒有提到") || q.stem().contains("没有提到") || q.stem().contains(" NOT ");
  }

  private static Optional<String> composite(Question q, String content) {
    List<String> cited = cited(q.explanation());
    if (cited.isEmpty()) {
      return Optional.of("composite question cites nothing");
    }
    for (String c : cited) {
      if (!content.contains(bare(c))) {
        return Optional.of("cited fragment not in content: " + c);
      }
    }
    if (q.answer() instanceof Answer.Pairs p) {
      for (Answer.Pair pair : p.pairs()) {
        String left = bare(pair.left());
        boolean found = q.explanation().contains(pair.right()) && cited.stream().anyMatch(c -> c.contains(left));
        if (!found) {
          return Optional.of("pair not supported by the cited text: " + pair);
        }
      }
    }
    return Optional.empty();
  }

  private static String bare(String s) {
    return s.replaceAll("(……|…)$", "");
  }

  static List<String> cited(String explanation) {
    List<String> out = new ArrayList<>();
    Matcher m = CITED.matcher(explanation);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
