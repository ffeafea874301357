package tiku.generate;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import tiku.model.Language;
import tiku.model.Section;

/**
 * Writes stems and explanations in the document's language (zh-Hant, zh-Hans, en) in a teacher's
 * worksheet register: 「依聯合聲明第5條，……？」, "According to paragraph 2 of the joint statement, …".
 */
final class StemWriter {
  private static final Pattern ONE_SPACE = Pattern.compile("\\s");
  private static final Pattern TRAILING_EN_PUNCT = Pattern.compile("[,;:]$");
  private static final Pattern TRAILING_ZH_PUNCT = Pattern.compile("[，,；;：:、]$");
  private static final Pattern NUMBER_LABEL = Pattern.compile("[0-9]+(\\.[0-9]+)*");

  /** The blank printed where the key was cut out. */
  static final String GAP = tiku.model.ClozeStem.BLANK;

  private final Language lang;
  private final DocumentText text;
  private final boolean titledStatement;
  private final boolean mentionsStatement;
  private final String unit;

  StemWriter(DocumentText text) {
    this.text = text;
    this.lang = text.language();
    String word = statementWord();
    String title = text.document().title() == null ? "" : text.document().title();
    this.titledStatement = title.toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT));
    // a Chinese word has no case, and no character lower-cases into one of its characters, so the
    // content's index answers without lower-casing the whole content
    this.mentionsStatement = lang.isChinese() ? text.contains(word)
        : text.content().toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT));
    // only call sections pillars where the document itself does
    this.unit = lang == Language.EN ? "section" : text.contains("合作支柱") ? "合作支柱" : "部分";
  }

  Language language() {
    return lang;
  }

  // ---- references -------------------------------------------------------------------------

  private String statementWord() {
    return pick("聯合聲明", "联合声明", "joint statement");
  }

  /** What the passage belongs to: the statement, or (for the news around it) the text. */
  String doc(Passage p) {
    if (titledStatement || (mentionsStatement && p != null && p.isClause())) {
      return pick("聯合聲明", "联合声明", "the joint statement");
    }
    return pick("本文", "本文", "the text");
  }

  String unit() {
    return unit;
  }

  /** ref() of each passage asked about: every cite and stem asks again, and each answer counted all clauses. */
  private final java.util.Map<Passage, String> refs = new java.util.IdentityHashMap<>();

  /** 「第5條」, "paragraph 5", or "" where the document prints no usable number. */
  String ref(Passage p) {
    if (p == null || !p.isClause()) {
      return "";
    }
    return refs.computeIfAbsent(p, this::clauseRef);
  }

  private String clauseRef(Passage p) {
    String label = p.clause().label();
    if (label == null || !NUMBER_LABEL.matcher(label).matches()) {
      return "";
    }
    long same = text.clauses().stream().filter(c -> label.equals(c.clause().label())).count();
    if (same == 1) {
      return pick("第" + label + "條", "第" + label + "条", "paragraph " + label);
    }
    String heading = text.section(p.section()).map(Section::heading).orElse(null);
    if (heading == null) {
      return "";
    }
    return pick("「" + heading + "」第" + label + "條", "“" + heading + "”第" + label + "条",
        "paragraph " + label + " under “" + heading + "”");
  }

  /** 「依聯合聲明第5條」 / "According to paragraph 5 of the joint statement". */
  String according(Passage p) {
    String r = ref(p);
    String d = doc(p);
    if (lang == Language.EN) {
      return "According to " + (r.isEmpty() ? d : r + " of " + d);
    }
    return pick("依", "根据", "") + d + r;
  }

  private String cap(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  // ---- stems --------------------------------------------------------------------------------

  String pillarChoice(Passage p, String excerpt) {
    return pick(
        "「" + excerpt + "」屬於" + doc(p) + "的哪一個" + unit() + "？",
        "“" + excerpt + "”属于" + doc(p) + "的哪一个" + unit() + "？",
        "Under which " + unit() + " of " + doc(p) + " does this passage stand? “" + excerpt + "”");
  }

  String pillarStatement(Passage p, String excerpt, String heading) {
    return pick(
        "判斷正誤：「" + excerpt + "」屬於" + doc(p) + "「" + heading + "」這一" + unit() + "。",
        "判断正误：“" + excerpt + "”属于" + doc(p) + "“" + heading + "”这一" + unit() + "。",
        "True or false: the passage “" + excerpt + "” stands under the " + unit() + " “" + heading + "” of " + doc(p) + ".");
  }

  String pillarMatching(Passage p) {
    return pick(
        "請將下列" + doc(p) + "條文與其所屬的" + unit() + "配對。",
        "请将下列" + doc(p) + "条文与其所属的" + unit() + "配对。",
        "Match each passage of " + doc(p) + " with the " + unit() + " it stands under.");
  }

  /** A fill-in choice: the fragment with the key cut out, asking for a thing of the given kind. */
  String gapChoice(Passage p, String gapped, Kind kind) {
    String q = pick(
        switch (kind) {
          case DOCUMENT -> "空格處應填入下列哪一項名稱？";
          case ORGANIZATION -> "空格處應填入哪一個機構？";
          case YEAR -> "空格處應填入哪一年？";
          case QUANTITY -> "空格處應填入下列哪一項？";
          default -> "空格處應填入下列哪一項？";
        },
        switch (kind) {
          case DOCUMENT -> "空格处应填入下列哪一项名称？";
          case ORGANIZATION -> "空格处应填入哪一个机构？";
          case YEAR -> "空格处应填入哪一年？";
          default -> "空格处应填入下列哪一项？";
        },
        switch (kind) {
          case DOCUMENT -> "Which name fills the blank?";
          case ORGANIZATION -> "Which body fills the blank?";
          case YEAR -> "Which year fills the blank?";
          default -> "What fills the blank?";
        });
    return pick(
        according(p) + "：「" + gapped + "」" + q,
        according(p) + "：“" + gapped + "”" + q,
        according(p) + ": “" + gapped + "” " + q);
  }

  /** A statement for true/false: the (possibly altered) fragment as the document's claim. */
  String statement(Passage p, String fragment) {
    String f = fragment;
    if (lang.isChinese()) {
      f = TRAILING_ZH_PUNCT.matcher(f).replaceAll("");
      if (!f.endsWith("。") && !f.endsWith("！") && !f.endsWith("？")) {
        f = f + "。";
      }
      return pick("判斷正誤：", "判断正误：", "") + according(p) + "，" + f;
    }
    f = TRAILING_EN_PUNCT.matcher(f).replaceAll("");
    if (!f.endsWith(".")) {
      f = f + ".";
    }
    return "True or false: " + according(p).replace("According to", "according to") + ", " + lowerFirst(f);
  }

  private static String lowerFirst(String s) {
    // keep "We", "The U.K." etc. readable: only lower an ordinary capitalised first word
    if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))
        && !s.startsWith("I ")) {
      String first = ONE_SPACE.split(s, 2)[0];
      if (List.of("We", "The", "Both", "Our", "This", "It", "Together", "Today", "In", "Through", "To").contains(first)) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
      }
    }
    return s;
  }

  String absentDocument(Passage p) {
    return pick(
        doc(p) + ref(p) + "沒有提到下列哪一項？",
        doc(p) + ref(p) + "没有提到下列哪一项？",
        "Which of these documents does " + (ref(p).isEmpty() ? doc(p) : ref(p) + " of " + doc(p)) + " NOT mention?");
  }

  String documentPillar(Passage p, String name) {
    return pick(
        "依" + doc(p) + "，" + name + "見於哪一個" + unit() + "的合作內容？",
        "根据" + doc(p) + "，" + name + "见于哪一个" + unit() + "的合作内容？",
        "In " + doc(p) + ", under which " + unit() + " is " + name + " mentioned?");
  }

  String documentPillarMatching(Passage p) {
    return pick(
        "請將下列名稱與" + doc(p) + "中提到它的" + unit() + "配對。",
        "请将下列名称与" + doc(p) + "中提到它的" + unit() + "配对。",
        "Match each name with the " + unit() + " of " + doc(p) + " that mentions it.");
  }

  String acronymChoice(Passage p, String acronym) {
    return pick(
        "依" + doc(p) + "，縮寫「" + acronym + "」指的是下列哪一項？",
        "根据" + doc(p) + "，缩写“" + acronym + "”指的是下列哪一项？",
        "In " + doc(p) + ", what does “" + acronym + "” stand for?");
  }

  String acronymStatement(Passage p, String acronym, String name) {
    return pick(
        "判斷正誤：依" + doc(p) + "，縮寫「" + acronym + "」指的是「" + name + "」。",
        "判断正误：根据" + doc(p) + "，缩写“" + acronym + "”指的是“" + name + "”。",
        "True or false: in " + doc(p) + ", “" + acronym + "” stands for “" + name + "”.");
  }

  String acronymMatching(Passage p) {
    return pick("請將下列縮寫與其全稱配對。", "请将下列缩写与其全称配对。", "Match each abbreviation with its full name.");
  }

  String roleChoice(Passage p, String name) {
    return pick(
        "依" + doc(p) + "，" + name + "的職務是什麼？",
        "根据" + doc(p) + "，" + name + "的职务是什么？",
        "According to " + doc(p) + ", what is " + name + "’s position?");
  }

  String roleStatement(Passage p, String name, String role) {
    return pick(
        "判斷正誤：依" + doc(p) + "，" + name + "的職務是" + role + "。",
        "判断正误：根据" + doc(p) + "，" + name + "的职务是" + role + "。",
        "True or false: according to " + doc(p) + ", " + name + " is " + role + ".");
  }

  String roleMatching(Passage p) {
    return pick("請將下列人物與其職務配對。", "请将下列人物与其职务配对。", "Match each person with their position.");
  }

  String cloze(Passage p, String gapped) {
    return pick(according(p) + "填空：" + gapped, according(p) + "填空：" + gapped,
        according(p) + ", fill in the blank: " + gapped);
  }

  String ordering(Passage p) {
    return pick(
        "依" + doc(p) + "，請將下列事件按時間先後排列（由早到晚）。",
        "根据" + doc(p) + "，请将下列事件按时间先后排列（由早到晚）。",
        "According to " + doc(p) + ", put these events in order, earliest first.");
  }

  // ---- explanations -------------------------------------------------------------------------

  /** 「第1條：「自1973年建交以來……」」, naming the place and quoting it. */
  String cite(Passage p, String quote) {
    String r = ref(p);
    String where = r.isEmpty() ? cap(doc(p)) : (lang == Language.EN ? cap(r) : r);
    return pick(where + "：「" + quote + "」", where + "：“" + quote + "”", where + ": “" + quote + "”");
  }

  String pillarNote(String heading) {
    return pick("列於「" + heading + "」之下。", "列于“" + heading + "”之下。", "It stands under “" + heading + "”.");
  }

  String notNote(String right, String wrong) {
    return pick("應為" + right + "，不是" + wrong + "。", "应为" + right + "，不是" + wrong + "。",
        "It is " + right + ", not " + wrong + ".");
  }

  String trueNote() {
    return pick("敘述正確。", "叙述正确。", "The statement is true.");
  }

  String absentNote(List<String> named) {
    String list = String.join(lang == Language.EN ? ", " : "、", named);
    return pick("本條提到的是" + list + "。", "本条提到的是" + list + "。", "It mentions " + list + ".");
  }

  List<String> truthOptions() {
    return pick(List.of("○", "×"), List.of("对", "错"), List.of("True", "False"));
  }

  /** What goes between two sentences: nothing in Chinese, a space in English. */
  String space() {
    return lang.isChinese() ? "" : " ";
  }

  String join(List<String> parts) {
    parts = new java.util.ArrayList<>(new java.util.LinkedHashSet<>(parts));
    return String.join(lang == Language.EN ? " " : "", parts);
  }

  String quoted(String name) {
    return pick("「" + name + "」", "“" + name + "”", "“" + name + "”");
  }

  <T> T pick(T hant, T hans, T en) {
    return switch (lang) {
      case ZH_HANT -> hant;
      case ZH_HANS -> hans;
      case EN -> en;
    };
  }

  /** What a blank asks for. */
  enum Kind {
    DOCUMENT,
    ORGANIZATION,
    YEAR,
    QUANTITY,
    TERM
  }
}
