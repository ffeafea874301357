package tiku.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tiku.model.Person;
import tiku.read.Chars;

/**
 * Finds the people a text is about: a title before a name (越共總書記蘇林, 英國首相施凱爾,
 * President Biden), with the romanized name in brackets where the text gives one ((To Lam),
 * (Keir Starmer)). A Chinese name must be confirmed: by its romanized name, by a foreign name's
 * middle dot (基爾・斯塔默), or by recurring in the text. Bylines (記者, 編輯) never count: the
 * reader moves them to metadata, and a 記者 title is not a role here.
 */
public final class PersonExtractor {
  /** Titles, longest first so that 副總統 wins over 總統. */
  private static final List<String> ROLES =
      List.of(
          "國家主席", "国家主席", "共同主持人", "副總司令", "副总司令", "國務卿", "国务卿", "秘書長", "秘书长", "總書記", "总书记",
          "副總統", "副总统", "副總理", "副总理", "董事長", "董事长", "執行長", "执行长", "發言人", "发言人", "總司令", "总司令",
          "首相", "總統", "总统", "總理", "总理", "主席", "部長", "部长", "外長", "外长", "大使", "國王", "国王", "女王", "王儲",
          "王储", "親王", "亲王", "王子", "酋長", "酋长", "研究員", "研究员", "教授", "議長", "议长", "市長", "市长", "院長",
          "院长", "總裁", "总裁", "主持人", "學者", "学者");

  private static final WordStarts ROLE_STARTS = new WordStarts(ROLES);

  /** Role prefixes that make the role specific end with one of these (英國首相, 越共總書記, …中心研究員). */
  private static final String ORG_ENDINGS = "國国共部院會会黨党府省市心局署隊队盟協协";

  /** Common surnames (both scripts, with Vietnamese and Korean ones), to confirm a bare Chinese name. */
  private static final String SURNAMES =
      "王李張张劉刘陳陈楊杨黃黄趙赵吳吴周徐孫孙馬马朱胡郭何高林羅罗鄭郑梁謝谢宋唐許许韓韩馮冯鄧邓曹彭曾蕭萧田董袁潘蔡蔣蒋余杜葉叶程蘇苏"
          + "魏呂吕丁任沈姚盧卢姜崔鍾钟譚谭陸陆汪范金石廖賈贾夏韋韦付方白鄒邹孟熊秦邱江尹薛閻阎段雷侯龍龙史陶黎賀贺顧顾毛郝龔龚邵萬万錢钱"
          + "嚴严覃武戴莫孔向湯汤阮裴吳習习施柯賴赖翁洪游詹";

  /** The titles ENGLISH opens with, in its order. */
  private static final List<String> ENGLISH_TITLES =
      List.of("President", "Vice President", "Prime Minister", "Foreign Minister", "Minister", "Secretary of State",
          "Secretary-General", "Secretary", "Chancellor", "King", "Queen", "Prince", "Princess", "Ambassador", "Senator",
          "Governor", "Premier", "General Secretary", "Chairman", "Chancellor");

  private static final Pattern ENGLISH =
      Pattern.compile(
          // (?=[A-Z]): every title is capitalised, so other positions fail on one character
          "(?=[A-Z])\\b(" + String.join("|", ENGLISH_TITLES) + ")"
              + " ((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]\\.)(?: (?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]\\.)){0,2})\\b");

  static final StartScan ENGLISH_AT = StartScan.wordStartingWithOneOf(ENGLISH, ENGLISH_TITLES);

  private static final java.util.Set<String> NOT_NAMES =
      java.util.Set.of("The", "And", "Of", "In", "On", "For", "To", "We", "Council", "Office", "Department", "Minister", "President");

  private static final int MAX_ROLE_PREFIX = 10;

  private PersonExtractor() {}

  public static List<Person> extract(List<TextUnit> units, String content) {
    Map<String, Person> people = new LinkedHashMap<>();
    for (TextUnit u : units) {
      withLatinName(u, people);
    }
    Occurrences occurrences = new Occurrences(content);
    for (TextUnit u : units) {
      withTitle(u, occurrences, people);
      english(u, people);
    }
    return mergeSameRole(new ArrayList<>(people.values()));
  }

  /** 越共總書記蘇林(To Lam): role, a short name, then a romanized name in brackets. */
  private static void withLatinName(TextUnit u, Map<String, Person> people) {
    String t = u.text();
    for (int i = 1; i < t.length(); i++) {
      char c = t.charAt(i);
      if ((c != '(' && c != '（') || !Chars.isHan(t.charAt(i - 1))) {
        continue;
      }
      Acronyms.Bracket b = Acronyms.bracketAfter(t, i);
      if (b == null || !Acronyms.isLatinName(b.content()) || b.content().indexOf(' ') < 0) {
        continue;
      }
      int from = Math.max(0, i - 12);
      String window = t.substring(from, i);
      for (String role : ROLES) {
        int w = window.lastIndexOf(role);
        int r = w < 0 ? -1 : from + w;
        int nameStart = r + role.length();
        int len = i - nameStart;
        if (r >= 0 && len >= 2 && len <= 4 && Chars.allHan(t, nameStart, i)) {
          String name = t.substring(nameStart, i);
          put(people, new Person(name, roleWithPrefix(t, r, role), b.content(), u.cite(nameStart)));
          break;
        }
      }
    }
  }

  /** 英國首相施凱爾 / 英國首相基爾・斯塔默: a title, then a name the text confirms. */
  private static void withTitle(TextUnit u, Occurrences content, Map<String, Person> people) {
    String t = u.text();
    for (int i = 0; i < t.length(); i++) {
      if (!ROLE_STARTS.starts(t.charAt(i))) {
        continue; // no title starts here: spare the empty list's iterator
      }
      for (String role : ROLE_STARTS.at(t, i)) {
        if (!t.startsWith(role, i)) {
          continue;
        }
        int at = i + role.length();
        String name = confirmedName(t, at, content, people);
        if (name != null) {
          put(people, new Person(name, roleWithPrefix(t, i, role), null, u.cite(at)));
        }
        i = at - 1;
        break;
      }
    }
  }

  private static String confirmedName(String t, int at, Occurrences content, Map<String, Person> people) {
    int end = at;
    boolean dotted = false;
    while (end < t.length() && end - at < 20 && (Chars.isHan(t.charAt(end)) || t.charAt(end) == '・' || t.charAt(end) == '·')) {
      dotted |= !Chars.isHan(t.charAt(end));
      end++;
    }
    if (dotted) {
      // a foreign name written with middle dots: take the whole dotted run up to the last part
      int e = at;
      int lastDot = -1;
      for (int k = at; k < end; k++) {
        if (!Chars.isHan(t.charAt(k))) {
          lastDot = k;
        }
      }
      e = lastDot + 1 + lastPart(t, lastDot + 1, end);
      String name = t.substring(at, e);
      return name.length() >= 3 && Chars.isHan(name.charAt(0)) ? name : null;
    }
    for (int len = 4; len >= 2; len--) {
      if (at + len > t.length() || !Chars.allHan(t, at, at + len)) {
        continue;
      }
      String name = t.substring(at, at + len);
      if (people.containsKey(name)) {
        return name;
      }
    }
    // a bare name: a known surname, and it recurs; the longer reading wins only if it always recurs whole
    for (int len = 3; len >= 2; len--) {
      if (at + len > t.length() || !Chars.allHan(t, at, at + len) || SURNAMES.indexOf(t.charAt(at)) < 0) {
        continue;
      }
      String name = t.substring(at, at + len);
      int count = content.count(name);
      if (count < 2) {
        continue;
      }
      if (len == 3 && content.count(name.substring(0, 2)) > count) {
        continue;
      }
      return name;
    }
    return null;
  }

  private static final List<String> HONORIFICS = List.of("殿下", "陛下", "閣下", "阁下", "先生", "女士", "夫人");

  /** Length of a dotted name's last part: up to an honorific, a particle or a title, at most six. */
  private static int lastPart(String t, int from, int end) {
    int e = from;
    while (e < end && e - from < 6) {
      int at = e;
      if (HONORIFICS.stream().anyMatch(h -> t.startsWith(h, at)) || ROLE_STARTS.at(t, at).stream().anyMatch(r -> t.startsWith(r, at))
          || "於于在的和與与同及將将就對对向".indexOf(t.charAt(e)) >= 0) {
        break;
      }
      e++;
    }
    return e - from;
  }

  private static String roleWithPrefix(String t, int roleStart, String role) {
    NameBoundary.Start s = NameBoundary.start(t, roleStart, MAX_ROLE_PREFIX);
    String prefix = t.substring(s.index(), roleStart);
    if (!prefix.isEmpty() && s.clean() && ORG_ENDINGS.indexOf(prefix.charAt(prefix.length() - 1)) >= 0) {
      return prefix + role;
    }
    return role;
  }

  private static void english(TextUnit u, Map<String, Person> people) {
    StartScan.Cursor m = ENGLISH_AT.in(u.text());
    while (m.find()) {
      String name = m.group(2);
      if (NOT_NAMES.contains(name.split(" ")[0])) {
        continue;
      }
      int after = m.end();
      if (after < u.text().length() && (u.text().charAt(after) == '’' || u.text().charAt(after) == '\'')) {
        continue; // "the Prime Minister’s Council" names an office, not a person
      }
      put(people, new Person(name, m.group(1), null, u.cite(m.start())));
    }
  }

  private static void put(Map<String, Person> people, Person p) {
    Person old = people.get(p.name());
    if (old == null) {
      people.put(p.name(), p);
    } else if (old.latin() == null && p.latin() != null || old.role() == null) {
      people.put(p.name(), new Person(p.name(), old.role() != null ? old.role() : p.role(),
          p.latin() != null ? p.latin() : old.latin(), old.citation()));
    }
  }

  /**
   * Two names under one specific role (英國首相施凱爾 in the news, 英國首相基爾・斯塔默 in the
   * statement's translation) are one person: the first, fuller entry stays.
   */
  private static List<Person> mergeSameRole(List<Person> people) {
    List<Person> out = new ArrayList<>();
    for (Person p : people) {
      boolean dup = false;
      for (Person q : out) {
        if (p.role() != null && p.role().equals(q.role()) && p.role().length() > 2
            && (p.latin() == null || q.latin() == null)) {
          dup = true;
          break;
        }
      }
      if (!dup) {
        out.add(p);
      }
    }
    return out;
  }

  /** How often a candidate name occurs in the content; memoized, and bounded for hostile input. */
  private static final class Occurrences {
    private static final int MAX_COUNTED = 300;
    private static final int MAX_COUNT = 1000;

    private final String content;
    private final Map<String, Integer> memo = new java.util.HashMap<>();

    Occurrences(String content) {
      this.content = content;
    }

    int count(String name) {
      Integer known = memo.get(name);
      if (known != null) {
        return known;
      }
      if (memo.size() >= MAX_COUNTED) {
        return 0;
      }
      int n = 0;
      int at = content.indexOf(name);
      while (at >= 0 && n < MAX_COUNT) {
        n++;
        at = content.indexOf(name, at + name.length());
      }
      memo.put(name, n);
      return n;
    }
  }
}
