package tiku.extract;

import java.util.List;
import java.util.regex.Pattern;

/** Words that end the name of an agreement or named document, in Chinese (both scripts) and English. */
public final class TreatyWords {
  /** Longest first, so that 諒解備忘錄 is tried before 備忘錄. */
  private static final List<String> CHINESE =
      List.of(
          "夥伴關係", "伙伴关系", "意向書", "意向书", "備忘錄", "备忘录", "議定書", "议定书", "協定", "协定",
          "協議", "协议", "公約", "公约", "條約", "条约", "憲章", "宪章", "宣言", "聲明", "声明", "框架", "計劃",
          "計畫", "计划", "计画", "準則", "准则", "公報", "公报", "路線圖", "路线图", "章程", "守則", "守则", "綱要",
          "纲要", "法");

  /** 法 ends laws, but also everyday words ("方法", "看法") that are not names. */
  private static final List<String> NOT_LAWS =
      List.of("方法", "辦法", "办法", "看法", "做法", "說法", "说法", "想法", "手法", "用法", "算法", "語法", "语法",
          "寫法", "写法", "書法", "书法", "魔法", "執法", "执法", "依法", "合法", "非法", "立法", "司法", "守法", "違法", "违法");

  /** The treaty words (as pattern pieces: their first two characters are plain), in ENGLISH's order. */
  private static final List<String> ENGLISH_WORDS =
      List.of("Agreements?", "Treaty", "Treaties", "Conventions?", "Charter", "Declaration", "Memorandum", "Framework",
          "Plan", "Partnership", "Accords?", "Protocol", "Pact", "Compact", "Communiqu[eé]", "Regulations", "Covenant",
          "Statute");

  /** English words that end an agreement's name; "of Understanding" and the like may follow. */
  public static final Pattern ENGLISH =
      Pattern.compile(
          // (?=[A-Z]): every treaty word is capitalised, so other positions fail on one character
          "(?=[A-Z])\\b(" + String.join("|", ENGLISH_WORDS) + ")\\b");

  /** ENGLISH, tried only where a treaty word can start. */
  public static final StartScan ENGLISH_AT = StartScan.wordStartingWithOneOf(ENGLISH, ENGLISH_WORDS);

  private TreatyWords() {}

  /** The treaty word a Chinese name ends with, or null. */
  public static String chineseEnding(String name) {
    for (String w : CHINESE) {
      if (name.endsWith(w) && name.length() > w.length()) {
        if (w.equals("法") && (name.length() < 3 || NOT_LAWS.stream().anyMatch(name::endsWith))) {
          return null;
        }
        return w;
      }
    }
    return null;
  }

  /** The last treaty word in an English name ("Agreement on Trade" → Agreement), or null. */
  public static String englishEnding(String name) {
    var m = ENGLISH.matcher(name);
    String last = null;
    while (m.find()) {
      last = m.group(1);
    }
    return last;
  }

  /** The treaty word a name ends with, in either language, or null. */
  public static String ending(String name) {
    String zh = chineseEnding(name);
    return zh != null ? zh : englishEnding(name);
  }
}
