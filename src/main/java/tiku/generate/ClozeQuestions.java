package tiku.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tiku.extract.StartScan;
import tiku.model.Agreement;
import tiku.model.Answer;
import tiku.model.QuestionType;

/**
 * Cloze of key named terms: a name the document marks off in 「」 “” ‘’ (a partnership, a strategy,
 * a target), blanked in its sentence, no word bank. Never a function word or a quoted phrase; each
 * term is asked once. Agreements and organizations are asked by {@link MentionQuestions}.
 */
final class ClozeQuestions implements QuestionFamily {
  private static final Pattern NON_DIGITS = Pattern.compile("[^0-9]");

  private static final Pattern HAS_DIGIT = Pattern.compile(".*[0-9０-９].*");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  static final String FAMILY = "term";
  private static final Pattern QUOTED_ZH = Pattern.compile("[「“]([^「」“”，。；,;！？]{3,24})[」”]");
  private static final Pattern QUOTED_EN = Pattern.compile("[‘“]([A-Z][^‘’“”.;!?]{3,60})[’”]");

  static final StartScan QUOTED_ZH_AT = StartScan.startingWith(QUOTED_ZH, "「“");
  static final StartScan QUOTED_EN_AT = StartScan.startingWith(QUOTED_EN, "‘“");

  private static final Pattern NAME_END =
      Pattern.compile("(夥伴關係|伙伴关系|協定|协定|公約|公约|戰略|战略|策略|方案|準則|准则|計劃|计划|計畫|機制|机制|倡議|倡议|目標|目标|論壇|论坛|宣言|框架|中心|政策|主義|主义|委員會|委员会)$");

  static String identity(String term) {
    return "term:" + SameThing.normal(term);
  }

  @Override
  public List<Draft> drafts(GenerationContext ctx) {
    List<Draft> out = new ArrayList<>();
    StartScan quoted = ctx.text().language().isChinese() ? QUOTED_ZH_AT : QUOTED_EN_AT;
    for (Passage p : ctx.text().passages()) {
      StartScan.Cursor m = quoted.in(p.text());
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
    return out;
  }

  /** A name-like term, not a quoted clause or an agreement (asked elsewhere). */
  private static boolean named(String term, GenerationContext ctx) {
    boolean zh = ctx.text().language().isChinese();
    if (zh ? term.length() > 10 && !NAME_END.matcher(term).find() || term.length() > 16
        : SPACES.split(term).length > 8 || term.chars().filter(Character::isUpperCase).count() < 2
            && SPACES.split(term).length > 3) {
      return false; // a quoted sentence, not a name
    }
    if (HAS_DIGIT.matcher(term).matches() && NON_DIGITS.matcher(term).replaceAll("").length() >= term.length() / 2) {
      return false;
    }
    // normal forms from the document's memo, and the term's once, not once per name
    String normalTerm = SameThing.normal(term);
    for (Agreement a : ctx.facts().agreements()) {
      for (String n : a.allNames()) {
        if (ctx.names().form(n).normal.equals(normalTerm)) {
          return false;
        }
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
