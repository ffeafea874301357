package tiku.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tiku.model.Organization;

/**
 * Finds organizations: Chinese names ending in an organization word (委員會, 組織, 研究院, 國協, a
 * ministry's 部, …), with the acronym or Latin name in brackets after them (東南亞國協(ASEAN)), and
 * English capitalised names around a head word (Agency, Council, Department, …), with "(IDA)"-style
 * acronyms whose letters match the name's initials.
 */
public final class OrganizationExtractor {
  private static final Pattern NON_LATIN_LETTER = Pattern.compile("[^A-Za-z]");

  private static final Pattern WORD_GLUE = Pattern.compile("[\\s/-]+");

  private static final List<String> SUFFIXES =
      List.of(
          "委員會", "委员会", "理事會", "理事会", "聯合會", "联合会", "基金會", "基金会", "研究中心", "研究院", "研究所", "組織", "组织",
          "總署", "总署", "協會", "协会", "銀行", "银行", "聯盟", "联盟", "國協", "国协", "大學", "大学", "學院", "学院", "議會",
          "议会", "商會", "商会", "集團", "集团", "部", "局", "署");

  private static final WordStarts SUFFIX_STARTS = new WordStarts(SUFFIXES);

  /** Before a one-character suffix these make a place or a part, not a ministry (東部, 全部, 格局). */
  private static final String NOT_MINISTRY = "東东西南北中全內内外局干幹頂顶底上下格大當当布佈總总俱樂乐";

  private static final Set<String> GENERIC_PREFIXES =
      Set.of("專門", "专门", "國際", "国际", "政府", "非政府", "主管", "各級", "各级", "地方", "有關", "有关", "相關", "相关", "國家", "国家",
          "兩國", "两国", "雙方", "双方", "各國", "各国", "本國", "本国");

  /**
   * A ministry or agency named by one character (公安部, 犯罪局, 信貸署) must begin with a country or
   * state: general knowledge, not any one document's wording.
   */
  private static final List<String> STATES =
      List.of("越南", "英國", "英国", "中國", "中国", "美國", "美国", "日本", "韓國", "韩国", "法國", "法国", "德國", "德国",
          "俄羅斯", "俄罗斯", "阿聯酋", "阿联酋", "新加坡", "印度", "澳洲", "澳大利亚", "加拿大", "臺灣", "台灣", "台湾", "泰國",
          "泰国", "菲律賓", "菲律宾", "印尼", "馬來西亞", "马来西亚", "歐盟", "欧盟", "聯合國", "联合国", "國家", "国家", "中央",
          "行政院", "國務院", "国务院", "內政", "内政");

  /** The head words (as pattern pieces: their first two characters are plain), in ENGLISH_HEAD's order. */
  private static final List<String> HEAD_WORDS =
      List.of("Department", "Agency", "Council", "Committee", "Commission", "Institute", "Organi[sz]ation", "Panel",
          "Assembly", "Bank", "Fund", "Union", "Association", "Alliance", "Ministry", "Office", "Nations", "Forum",
          "Secretariat", "Parliament", "Congress", "Center", "Centre", "University", "Group", "Authority", "Service");

  private static final Pattern ENGLISH_HEAD =
      Pattern.compile(
          // (?=[A-Z]): every head word is capitalised, so other positions fail on one character
          "(?=[A-Z])\\b(" + String.join("|", HEAD_WORDS) + ")\\b");

  static final StartScan ENGLISH_HEAD_AT = StartScan.wordStartingWithOneOf(ENGLISH_HEAD, HEAD_WORDS);

  private static final String CAPITALISED_WORDS = "\\p{Lu}[\\p{L}’'-]*+(?: \\p{Lu}[\\p{L}’'-]*+)*+";

  private static final Pattern PORTFOLIOS =
      Pattern.compile(", (?:" + CAPITALISED_WORDS + ", )*+" + CAPITALISED_WORDS + " and " + CAPITALISED_WORDS);

  private static final int MAX_CHINESE = 14;

  /** Characters that start the head of a longer noun phrase (論壇, 國家…, 機制, 成員, 總書記, …). */
  private static final String NOUN_HEADS = "論论國国機机框成體体系會会議议項项委總总官主副員员長长秘代小組组中部局署廳厅處处司室網网聯联平標标制";

  private OrganizationExtractor() {}

  public static List<Organization> extract(List<TextUnit> units) {
    Map<String, Organization> found = new LinkedHashMap<>();
    for (TextUnit u : units) {
      chinese(u, found);
      english(u, found);
    }
    return new ArrayList<>(found.values());
  }

  private static void chinese(TextUnit u, Map<String, Organization> found) {
    String t = u.text();
    for (int i = 0; i < t.length(); i++) {
      if (!tiku.read.Chars.isHan(t.charAt(i)) || !SUFFIX_STARTS.starts(t.charAt(i))) {
        continue;
      }
      for (String suffix : SUFFIX_STARTS.at(t, i)) {
        if (!t.startsWith(suffix, i)) {
          continue;
        }
        int end = i + suffix.length();
        NameBoundary.Start s = NameBoundary.start(t, i, MAX_CHINESE);
        String prefix = t.substring(s.index(), i);
        if (!s.clean() || insideBrackets(t, i) || !plausible(prefix, suffix, t, end)) {
          break;
        }
        String name = prefix + suffix;
        Acronyms.Bracket b = Acronyms.bracketAfter(t, end);
        String acronym = null;
        if (b != null && Acronyms.isAcronym(b.content())) {
          acronym = b.content();
        } else if (b != null && Acronyms.isLatinName(b.content().replace("-", " "))) {
          acronym = Acronyms.leadingAcronym(b.content());
        }
        put(found, new Organization(name, acronym, u.cite(i)));
        i = end - 1;
        break;
      }
    }
  }

  private static boolean plausible(String prefix, String suffix, String t, int end) {
    int han = (int) prefix.codePoints().filter(c -> c > 0x2E80).count();
    if (prefix.isEmpty() || GENERIC_PREFIXES.contains(prefix)) {
      return false;
    }
    if (suffix.length() == 1) {
      char before = prefix.charAt(prefix.length() - 1);
      char after = end < t.length() ? t.charAt(end) : '。';
      return prefix.length() >= 3 && prefix.length() <= 8 && NOT_MINISTRY.indexOf(before) < 0
          && STATES.stream().anyMatch(prefix::startsWith) && !continuesWord(t, end);
    }
    return (han >= 2 || prefix.chars().anyMatch(Character::isUpperCase)) && !continuesWord(t, end);
  }

  /** The name runs on into a longer noun (多邊議會論壇, 外交部國家邊界委員會): not a name of its own. */
  private static boolean continuesWord(String t, int end) {
    if (end >= t.length() || !tiku.read.Chars.isHan(t.charAt(end))) {
      return false;
    }
    return NOUN_HEADS.indexOf(t.charAt(end)) >= 0;
  }

  private static void english(TextUnit u, Map<String, Organization> found) {
    String t = u.text();
    if (!u.mostlyLatin()) {
      return; // a Latin name in brackets inside Chinese text belongs to the Chinese name before it
    }
    StartScan.Cursor m = ENGLISH_HEAD_AT.in(t);
    int consumed = 0;
    while (m.find()) {
      if (m.start() < consumed || nameRunsOn(t, m.end())) {
        continue;
      }
      int start = CapitalisedRun.walkBack(t, m.start());
      if (start < 0) {
        continue;
      }
      int end = CapitalisedRun.walkForward(t, m.end());
      if (m.group(1).equals("Department") || m.group(1).equals("Ministry")) {
        end = portfolioList(t, end);
      }
      String name = t.substring(start, end);
      if (TreatyWords.englishEnding(name) != null) {
        continue; // an agreement's name
      }
      Acronyms.Bracket b = Acronyms.bracketAfter(t, end);
      String acronym = b != null && Acronyms.isAcronym(b.content()) && initialsMatch(name, b.content()) ? b.content() : null;
      put(found, new Organization(name, acronym, u.cite(start)));
      consumed = end;
    }
  }

  /**
   * A head word straight before another capitalised word does not end the name: "Central Bank
   * Governors" are people, not a bank, and "United Nations General Assembly" is found at its own
   * last head word.
   */
  private static boolean nameRunsOn(String t, int end) {
    return end + 1 < t.length() && t.charAt(end) == ' ' && Character.isUpperCase(t.charAt(end + 1));
  }

  /**
   * A department named for several portfolios runs on past its first comma: "Department for
   * Business, Energy and Industrial Strategy", "Ministry of Agriculture, Forestry and Fisheries".
   * Only capitalised words, commas and a final "and" with a capitalised word after it continue the
   * name, so "the Department of Energy, and the Treasury" stops at Energy.
   */
  private static int portfolioList(String t, int end) {
    Matcher m = PORTFOLIOS.matcher(t).region(end, t.length());
    return m.lookingAt() ? m.end() : end;
  }

  /** The acronym's letters are the initials of the name's capitalised words, in order. */
  static boolean initialsMatch(String name, String acronym) {
    StringBuilder initials = new StringBuilder();
    for (String w : WORD_GLUE.split(name)) {
      if (w.isEmpty()) {
        continue;
      }
      if (CapitalisedRun.isDottedAbbreviation(w)) {
        w.chars().filter(Character::isUpperCase).forEach(c -> initials.append((char) c));
      } else if (Character.isUpperCase(w.charAt(0))) {
        initials.append(w.charAt(0));
      }
    }
    String letters = NON_LATIN_LETTER.matcher(acronym).replaceAll("").toUpperCase(java.util.Locale.ROOT);
    return initials.toString().toUpperCase(java.util.Locale.ROOT).contains(letters) || letters.equals(initials.toString());
  }

  private static boolean insideBrackets(String t, int at) {
    for (int i = at - 1; i >= 0 && i >= at - 60; i--) {
      char c = t.charAt(i);
      if (c == '》' || c == '」') {
        return false;
      }
      if (c == '《' || c == '「') {
        return true;
      }
    }
    return false;
  }

  private static void put(Map<String, Organization> found, Organization o) {
    Organization old = found.get(o.name());
    if (old == null || old.acronym() == null && o.acronym() != null) {
      found.put(o.name(), old == null ? o : new Organization(o.name(), o.acronym(), old.citation()));
    }
  }
}
