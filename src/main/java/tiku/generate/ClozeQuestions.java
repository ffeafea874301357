package tiku.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tiku.model.Agreement;
import tiku.model.Answer;
import tiku.model.Organization;
import tiku.model.QuestionType;

/**
 * Cloze of key named terms: a name the document marks off in 「」 “” ‘’ (a partnership, a strategy,
 * a target), or an organization it names, blanked in its sentence, no word bank. Never a function
 * word or a phrase; each term is asked once. Agreement names are asked by {@link AgreementQuestions}.
 */
final class ClozeQuestions implements QuestionFamily {
  static final String FAMILY = "term";
  private static final Pattern QUOTED_ZH = Pattern.compile("[「“]([^「」“”，。；,;！？]{3,24})[」”]");
  private static final Pattern QUOTED_EN = Pattern.compile("[‘“]([A-Z][^‘’“”.;!?]{3,60})[’”]");

  static String identity(String term) {
    return "term:" + SameThing.normal(term);
  }

  @Override
  public List<Draft> drafts(GenerationContext ctx) {
    List<Draft> out = new ArrayList<>();
    Pattern quoted = ctx.text().language().isChinese() ? QUOTED_ZH : QUOTED_EN;
    for (Passage p : ctx.text().passages()) {
      Matcher m = quoted.matcher(p.text());
      while (m.find()) {
        String term = m.group(1).strip();
        if (named(term, ctx)) {
          Draft d = cloze(ctx, p, term, m.start(1));
          if (d != null) {
            out.add(d);
          }
        }
      }
    }
    for (Organization o : ctx.facts().organizations()) {
      if (o.name() == null || o.name().length() < 4 || AcronymPair.isAcronym(o.name())) {
        continue;
      }
      for (Passage p : ctx.text().holding(o.name())) {
        Draft d = cloze(ctx, p, o.name(), p.text().indexOf(o.name()));
        if (d != null) {
          out.add(d);
          break;
        }
      }
    }
    return out;
  }

  /** A named thing, not a slogan made of common words or an agreement (asked elsewhere). */
  private static boolean named(String term, GenerationContext ctx) {
    if (term.matches(".*[0-9０-９].*") && term.replaceAll("[^0-9]", "").length() >= term.length() / 2) {
      return false;
    }
    for (Agreement a : ctx.facts().agreements()) {
      if (a.allNames().stream().anyMatch(n -> SameThing.normal(n).equals(SameThing.normal(term)))) {
        return false;
      }
    }
    return DocumentText.usable(term);
  }

  private Draft cloze(GenerationContext ctx, Passage p, String term, int at) {
    Fragment.Gapped g = Fragment.gap(p.text(), at, at + term.length(), ctx.text().language());
    if (g == null || !ctx.text().grounded(g.fragment()) || g.fragment().length() < term.length() + 8) {
      return null; // the rest of the sentence must pin the blank down
    }
    StemWriter w = ctx.words();
    return new Draft(FAMILY, identity(term), QuestionType.CLOZE, w.cloze(p, g.gapped()), List.of(),
        Answer.Blanks.of(term), w.cite(p, g.fragment()), p.section(), AgreementQuestions.source(p, g.fragment()),
        Closeness.NEAR, ctx.text().mentions(term));
  }
}
