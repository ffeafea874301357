package tiku.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tiku.extract.StartScan;
import tiku.model.Answer;
import tiku.model.Quantity;
import tiku.model.QuestionType;

/**
 * Key quantities (50億英鎊, 15%, 100 days, 六大合作支柱): the passage with the quantity cut out,
 * distractors written in the key's own form and script with the other numbers the document states.
 */
final class QuantityQuestions implements QuestionFamily {
  static final String FAMILY = "quantity";
  private static final Pattern NUMBER = Pattern.compile("[0-9]+(?:[.,][0-9]+)?|[一二三四五六七八九十兩两]{1,3}");
  /** Counts the text states with a measure word: 六大合作支柱, 16個國家, 35周年, 十五年. */
  private static final Pattern COUNT = Pattern.compile(
      // (?=…): a count starts with a digit or a numeral, so other positions fail on one character
      "(?=[0-9二三四五六七八九十兩两])(?<![0-9一二三四五六七八九十兩两第每])([0-9]{1,3}|[二三四五六七八九十兩两][一二三四五六七八九十]{0,2})"
          + "(大(?=[\\p{IsHan}]{2})|個國家|个国家|周年|週年|年來|年来|項|项)");

  static final StartScan COUNT_AT = StartScan.startingWith(COUNT, "0123456789二三四五六七八九十兩两");

  /** A quantity as the passage writes it, and its number. */
  private record Stated(Quantity quantity, String surface, String number, Passage passage, int at) {}

  @Override
  public List<Draft> drafts(GenerationContext ctx) {
    List<Stated> stated = new ArrayList<>();
    for (Quantity q : ctx.facts().quantities()) {
      Stated s = locate(ctx, q);
      if (s != null && stated.stream().noneMatch(o -> o.surface().equals(s.surface()) && o.passage() == s.passage())) {
        stated.add(s);
      }
    }
    if (ctx.text().language().isChinese()) {
      for (Passage p : ctx.text().passages()) {
        StartScan.Cursor m = COUNT_AT.in(p.text());
        while (m.find()) {
          String surface = m.group();
          if (!YearMention.insideBrackets(p.text(), m.start())
              && stated.stream().noneMatch(o -> o.passage() == p && overlaps(o, m.start(), m.end()))) {
            stated.add(new Stated(null, surface, m.group(1), p, m.start()));
          }
        }
      }
    }
    Set<String> numbers = new LinkedHashSet<>();
    stated.forEach(s -> numbers.add(s.number()));
    List<Draft> out = new ArrayList<>();
    for (Stated s : stated) {
      Draft d = question(ctx, s, numbers);
      if (d != null) {
        out.add(d);
      }
    }
    return out;
  }

  private static boolean overlaps(Stated o, int start, int end) {
    return o.at() < end && start < o.at() + o.surface().length();
  }

  private static Stated locate(GenerationContext ctx, Quantity q) {
    String value = q.value() == null ? "" : q.value().strip();
    String unit = q.unit() == null ? "" : q.unit().strip();
    Matcher m = NUMBER.matcher(value);
    if (!m.find() || value.startsWith("第") || value(m.group()) <= 0) {
      return null; // ordinals and numbers in words are not asked
    }
    String number = m.group();
    for (String surface : List.of(value + unit, value + " " + unit, unit + value, unit + " " + value)) {
      if (surface.strip().length() <= number.length()) {
        continue;
      }
      for (Passage p : ctx.text().passages()) {
        int at = p.indexOf(surface);
        if (at >= 0 && !YearMention.insideBrackets(p.text(), at) && boundary(p.text(), at, at + surface.length())) {
          return new Stated(q, surface, number, p, at);
        }
      }
    }
    return null;
  }

  /** Not part of a longer number ("5" inside "50"). */
  private static boolean boundary(String text, int start, int end) {
    boolean left = start == 0 || !Character.isDigit(text.charAt(start - 1)) && text.charAt(start - 1) != '.';
    // not "100 day" inside "100 days" either
    boolean right = end >= text.length() || !Character.isDigit(text.charAt(end))
        && !(Character.isLetter(text.charAt(end)) && text.charAt(end) < 0x250);
    return left && right;
  }

  private Draft question(GenerationContext ctx, Stated s, Set<String> numbers) {
    Passage p = s.passage();
    Fragment.Gapped g = Fragment.gap(p.text(), s.at(), s.at() + s.surface().length(), ctx.text().language());
    if (g == null || !ctx.text().grounded(g.fragment())) {
      return null;
    }
    double key = value(s.number());
    if (listsAsMany(g.fragment(), g.at(), s.surface().length(), key)) {
      return null; // "5大…——中國、法國、俄羅斯、英國和美國": counting the list answers it
    }
    boolean chinese = ChineseNumber.parse(s.number()) > 0;
    List<String> others = numbers.stream()
        .filter(n -> value(n) > 0 && value(n) != key && (!chinese || value(n) == Math.rint(value(n)) && value(n) < 100))
        .map(n -> chinese ? ChineseNumber.format((int) value(n)) : String.valueOf(value(n) == Math.rint(value(n)) ? String.valueOf((long) value(n)) : n))
        .distinct()
        .sorted(Comparator.comparingDouble((String n) -> Math.abs(Math.log(value(n) / key))).thenComparing(n -> n))
        .map(n -> s.surface().substring(0, s.surface().indexOf(s.number())) + n
            + s.surface().substring(s.surface().indexOf(s.number()) + s.number().length()))
        // a form the document states elsewhere might be true there
        .filter(o -> !ctx.text().contains(o))
        .toList();
    if (others.size() < 3 || key <= 0) {
      return null;
    }
    List<String> distractors = others.subList(0, 3);
    String identity = "quantity:" + SameThing.normal(s.surface()) + "@" + p.place();
    List<String> options = new ArrayList<>(distractors);
    options.add(s.surface());
    StemWriter w = ctx.words();
    double nearest = distractors.stream()
        .mapToDouble(d -> Math.abs(Math.log(value(NUMBER.matcher(d).results().findFirst().orElseThrow().group()) / key)))
        .min().orElse(9);
    Closeness c = nearest <= Math.log(1.5) ? Closeness.CLOSE : nearest <= Math.log(4) ? Closeness.NEAR : Closeness.FAR;
    return new Draft(FAMILY, identity, QuestionType.MULTIPLE_CHOICE, w.gapChoice(p, g.gapped(), StemWriter.Kind.QUANTITY),
        OptionOrder.shuffle(options, FAMILY, identity), new Answer.Choice(s.surface()), w.cite(p, g.fragment()),
        p.section(), AgreementQuestions.source(p, g.fragment()), c, ctx.text().mentions(s.surface()));
  }

  /** Whether the phrase around a count lists exactly that many items (甲、乙、丙和丁). */
  static boolean listsAsMany(String fragment, int at, int length, double count) {
    int from = at;
    while (from > 0 && PHRASE_END.indexOf(fragment.charAt(from - 1)) < 0) {
      from--;
    }
    int to = at + length;
    while (to < fragment.length() && PHRASE_END.indexOf(fragment.charAt(to)) < 0) {
      to++;
    }
    return items(fragment.substring(from, at)) == count || items(fragment.substring(at + length, to)) == count;
  }

  private static final String PHRASE_END = "，,。；;：:";

  /** The items of a 、-separated list, its last joined by 和/及/與/与; 0 when there is no list. */
  private static int items(String phrase) {
    int commas = (int) phrase.chars().filter(c -> c == '、').count();
    if (commas == 0) {
      return 0;
    }
    String last = phrase.substring(phrase.lastIndexOf('、') + 1);
    boolean joined = last.contains("和") || last.contains("及") || last.contains("與") || last.contains("与");
    return commas + 1 + (joined ? 1 : 0);
  }

  private static double value(String n) {
    int zh = ChineseNumber.parse(n);
    if (zh > 0) {
      return zh;
    }
    try {
      return Double.parseDouble(n.replace(",", ""));
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
