package tiku.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tiku.extract.StartScan;
import tiku.model.Answer;
import tiku.model.QuestionType;

/**
 * Who committed to what (Chinese statements): a passage where one party alone is the subject
 * (「英國承諾……向越南提供技術援助」), as a true/false statement — true as written, or false with the
 * two parties exchanged, unless the document also has the other party say the same.
 */
final class PartyQuestions implements QuestionFamily {
  private static final Pattern NON_HAN = Pattern.compile("[^\\p{IsHan}]");

  static final String FAMILY = "party";
  private static final Pattern SUBJECT = Pattern.compile(
      "(?:^|(?<=[，,。；;：:]))(\\p{IsHan}{2,3}?)(承諾|承诺|重申|歡迎|欢迎|支持|高度評價|高度评价|確認|确认|強調|强调|感謝|感谢|讚賞|赞赏|將|将)");
  /** After punctuation, with a verb's first character 2 to 6 characters on (2 or 3 Han, each maybe a surrogate pair). */
  static final StartScan SUBJECT_AT = StartScan.after(SUBJECT, "，,。；;：:").alsoWithin("承重歡欢支高確确強强感讚赞將将", 2, 6);
  private static final Set<String> NOT_PARTIES =
      Set.of("雙方", "双方", "兩國", "两国", "兩位", "两位", "各方", "我們", "我们", "學者", "学者", "同時", "同时", "並", "这", "此");

  /** One party as the sole subject of a passage's statement. */
  private record Said(String party, Passage passage, int at, int verbEnd, int index) {}

  @Override
  public List<Draft> drafts(GenerationContext ctx) {
    List<Draft> out = new ArrayList<>();
    if (!ctx.text().language().isChinese()) {
      return out;
    }
    List<Said> said = new ArrayList<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Passage p : ctx.text().passages()) {
      StartScan.Cursor m = SUBJECT_AT.in(p.text());
      int index = 0;
      while (m.find()) {
        String party = m.group(1);
        if (!NOT_PARTIES.contains(party)) {
          said.add(new Said(party, p, m.start(1), m.end(2), index++));
          counts.merge(party, 1, Integer::sum);
        }
      }
    }
    List<String> parties = counts.entrySet().stream().filter(e -> e.getValue() >= 2)
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).limit(2).toList();
    if (parties.size() < 2) {
      return out;
    }
    for (Said s : said) {
      if (parties.contains(s.party())) {
        String other = parties.get(0).equals(s.party()) ? parties.get(1) : parties.get(0);
        Draft d = statement(ctx, s, other, said);
        if (d != null) {
          out.add(d);
        }
      }
    }
    return out;
  }

  private Draft statement(GenerationContext ctx, Said s, String other, List<Said> said) {
    Passage p = s.passage();
    int[] r = Fragment.around(p.text(), s.at(), s.verbEnd(), ctx.text().language());
    if (r[0] != s.at()) {
      r[0] = s.at(); // the statement starts with its subject
    }
    String fragment = p.text().substring(r[0], r[1]);
    if (!ctx.text().grounded(fragment) || fragment.length() < s.party().length() + 10) {
      return null;
    }
    String identity = "party:" + p.place() + "#" + s.index();
    StemWriter w = ctx.words();
    boolean truth = OptionOrder.pick(FAMILY, identity, 2) == 0;
    String shown = fragment;
    if (!truth) {
      shown = exchange(fragment, s.party(), other);
      String verbAndAfter = shown.substring(other.length(), Math.min(shown.length(), s.verbEnd() - s.at() - s.party().length() + other.length() + 4));
      // the document may have the other party say the same: then the swap is not false
      if (ctx.text().contains(shown) || ctx.text().contains(other + verbAndAfter)
          || saysAlike(ctx, said, other, shown)) {
        return null;
      }
    }
    String note = truth ? w.trueNote() : w.notNote(s.party(), other);
    return new Draft(FAMILY, identity, QuestionType.TRUE_FALSE, w.statement(p, shown), w.truthOptions(),
        new Answer.Truth(truth), w.cite(p, fragment) + w.space() + note, p.section(),
        MentionQuestions.source(p, fragment), Closeness.NEAR, ctx.text().mentions(s.party()));
  }

  /** Whether a passage where the other party is the subject says much the same as the swap. */
  // Looks through the statements drafts() already found (the other party is one of the two most
  // frequent, so never left out of them) instead of matching SUBJECT over every passage again.
  private static boolean saysAlike(GenerationContext ctx, List<Said> said, String other, String swapped) {
    Set<String> mine = bigrams(swapped);
    for (Said o : said) {
      if (o.party().equals(other)) {
        String t = o.passage().text();
        int[] r = Fragment.around(t, o.at(), o.verbEnd(), ctx.text().language());
        Set<String> theirs = bigrams(t.substring(o.at(), Math.max(o.verbEnd(), r[1])));
        long shared = theirs.stream().filter(mine::contains).count();
        if (shared >= 0.4 * Math.min(mine.size(), theirs.size())) {
          return true;
        }
      }
    }
    return false;
  }

  private static Set<String> bigrams(String s) {
    Set<String> out = new java.util.HashSet<>();
    String t = NON_HAN.matcher(s).replaceAll("");
    for (int i = 0; i + 2 <= t.length(); i++) {
      out.add(t.substring(i, i + 2));
    }
    return out;
  }

  /** The fragment with the two parties' names exchanged everywhere. */
  static String exchange(String text, String a, String b) {
    String mark = "\u0000";
    return text.replace(a, mark).replace(b, a).replace(mark, b);
  }
}
