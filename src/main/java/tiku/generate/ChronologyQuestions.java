package tiku.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tiku.model.Answer;
import tiku.model.Person;
import tiku.model.QuestionType;
import tiku.model.YearEvent;
import tiku.read.Chars;

/**
 * Chronology: three to five events the document dates, each on a distinct date, to put in order.
 * An event's text never shows its own year.
 */
final class ChronologyQuestions implements QuestionFamily {
  private static final Pattern HAS_YEAR = Pattern.compile(".*(1[5-9]|20)[0-9]{2}.*");

  private static final Pattern DANGLING = Pattern.compile(".*(发生|發生|水域|海峡|海峽|的|之| and| of| the)$");

  private static final Pattern EDGE_PUNCT = Pattern.compile("^[\\s,，、：:]+|[\\s,，、。；]+$");

  static final String FAMILY = "chronology";
  private static final Pattern MONTH_DAY = Pattern.compile("([0-9]{1,2})月(?:([0-9]{1,2})日)?");

  /** A dated event the document states, with where it stands. */
  private record Dated(long when, String event, String year, Passage passage, String quote) {}

  @Override
  public List<Draft> drafts(GenerationContext ctx) {
    List<Dated> events = new ArrayList<>();
    for (YearEvent y : ctx.facts().years()) {
      Dated d = dated(ctx, y);
      if (d != null && events.stream().noneMatch(o -> o.when() == d.when() || SameThing.normal(o.event()).equals(SameThing.normal(d.event())))) {
        events.add(d);
      }
    }
    events.sort(Comparator.comparingLong(Dated::when));
    List<Draft> out = new ArrayList<>();
    if (events.size() < 3) {
      return out;
    }
    // one group spanning the timeline; with six or more events, two interleaved groups
    int groups = events.size() >= 6 ? 2 : 1;
    for (int g = 0; g < groups; g++) {
      List<Dated> group = new ArrayList<>();
      for (int i = g; i < events.size() && group.size() < 5; i += groups) {
        group.add(events.get(i));
      }
      if (group.size() >= 3) {
        out.add(ordering(ctx, group));
      }
    }
    return out;
  }

  private static Dated dated(GenerationContext ctx, YearEvent y) {
    String event = y.event() == null ? "" : y.event().strip();
    String digits = String.valueOf(y.year());
    event = EDGE_PUNCT.matcher(event.replace(digits + "年", "").replace(digits, "")).replaceAll("").strip();
    int max = ctx.text().language().isChinese() ? 30 : 90;
    // an event that dangles (ends in "happened", "waters") is not an item a pupil can place
    if (DANGLING.matcher(event).matches()) {
      return null;
    }
    if (event.length() < 2 || event.length() > max || HAS_YEAR.matcher(event).matches() || !DocumentText.usable(event)) {
      return null;
    }
    // "clashed repeatedly": two English words are too few to tell a pupil what happened
    if (!ctx.text().language().isChinese() && event.split(" ").length < 3) {
      return null;
    }
    Passage p = null;
    if (y.citation() != null) {
      p = ctx.text().locate(y.citation(), digits).orElse(null);
    }
    if (p == null && y.sentence() != null) {
      p = ctx.text().passages().stream().filter(q -> q.holds(y.sentence()) && q.holds(digits)).findFirst().orElse(null);
    }
    if (p == null) {
      return null;
    }
    int at = p.text().indexOf(y.date() != null && p.text().contains(y.date()) ? y.date() : digits);
    if (ctx.text().language().isChinese()) {
      String actor = actorBefore(p.text(), at, ctx.facts().people());
      if (actor != null && !event.startsWith(actor) && actor.length() + event.length() <= max) {
        event = actor + event;
      }
    }
    String quote = Fragment.cut(p.text(), at, at + digits.length(), ctx.text().language());
    if (!ctx.text().grounded(quote)) {
      return null;
    }
    long month = 0;
    long day = 0;
    if (y.date() != null) {
      Matcher m = MONTH_DAY.matcher(y.date());
      if (m.find()) {
        month = Long.parseLong(m.group(1));
        day = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
      }
    }
    return new Dated(y.year() * 10000L + month * 100 + day, event, digits, p, quote);
  }

  /** Connectives between an actor and the date: 蘇林於2025年…, 习近平主席2018年…. */
  private static final String BEFORE_DATE = "於于在";

  /** A title after a name is a few characters: 主席, 殿下, 總書記. */
  private static final int MAX_TITLE = 4;

  /**
   * The person the document names right before a date ("习近平主席" in 习近平主席2018年7月访问阿联酋),
   * so that an item reads "习近平主席访问阿联酋", not a bare "访问阿联酋" a pupil cannot place. A
   * transliterated name also counts by its first part (穆罕默德 for 穆罕默德·本·扎耶德·阿勒纳哈扬).
   */
  static String actorBefore(String text, int dateAt, List<Person> people) {
    int end = dateAt;
    while (end > 0 && BEFORE_DATE.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    String best = null;
    for (Person person : people) {
      for (String name : forms(person.name())) {
        int i = text.lastIndexOf(name, end - name.length());
        int titleFrom = i + name.length();
        if (i >= 0 && end - titleFrom <= MAX_TITLE && Chars.allHan(text, titleFrom, end)
            && (best == null || end - i > best.length())) {
          best = text.substring(i, end);
        }
      }
    }
    return best;
  }

  private static List<String> forms(String name) {
    int dot = name.indexOf('·') >= 0 ? name.indexOf('·') : name.indexOf('・');
    return dot > 1 ? List.of(name, name.substring(0, dot)) : List.of(name);
  }

  private Draft ordering(GenerationContext ctx, List<Dated> group) {
    StemWriter w = ctx.words();
    List<String> items = group.stream().map(Dated::event).toList();
    List<String> cites = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (Dated d : group) {
      cites.add(w.cite(d.passage(), d.quote()));
      keys.add(String.valueOf(d.when()));
    }
    String identity = "order:" + String.join(",", keys);
    Dated first = group.get(0);
    List<String> shuffled = OptionOrder.shuffle(items, FAMILY, identity);
    if (shuffled.equals(items)) {
      // never print the items already in order
      shuffled = new ArrayList<>(items);
      java.util.Collections.reverse(shuffled);
    }
    return new Draft(FAMILY, identity, QuestionType.ORDERING, w.ordering(first.passage()), shuffled,
        new Answer.Sequence(items), w.join(cites), null, AgreementQuestions.source(first.passage(), first.quote()),
        Closeness.NEAR, 1);
  }
}
