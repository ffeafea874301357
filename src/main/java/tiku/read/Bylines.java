package tiku.read;

import java.util.regex.Pattern;

/**
 * Recognises news bylines and editor credits ("中央社 記者曾婷瑄 河內專電", "(編輯:陳承功)",
 * "By Jane Doe"): they name who wrote the text, not who it is about, so they go to metadata.
 */
public final class Bylines {
  private static final Pattern EDITOR =
      Pattern.compile("^[（(【\\[]?\\s*+(?:責任編輯|责任编辑|編輯|编辑|譯者|译者|翻譯|翻译|審校|审校|校對|校对)\\s*+[:：/／]\\s*+[^()（）]{1,30}[)）】\\]]?$");
  private static final Pattern REPORTER =
      Pattern.compile(
          "^[^，。,.；;「」]{0,20}(?:記者|记者)\\s*+\\p{IsHan}{2,4}(?:[\\s、/／][^，。,.；;「」]{0,20})?$");
  private static final Pattern ENGLISH_BY = Pattern.compile("^By [A-Z][a-zA-Z.'-]*+(?: [A-Z][a-zA-Z.'-]*+){0,4}$");

  private Bylines() {}

  /** "editor", "byline" or null: the metadata key a trimmed line belongs under. */
  public static String kind(String line) {
    if (line.length() > 60) {
      return null;
    }
    // each pattern needs a word the line must hold (this runs on every line of every document)
    if (holdsAny(line, EDITOR_WORDS) && EDITOR.matcher(line).matches()) {
      return "editor";
    }
    if ((holdsAny(line, REPORTER_WORDS) && REPORTER.matcher(line).matches())
        || (line.startsWith("By ") && ENGLISH_BY.matcher(line).matches())) {
      return "byline";
    }
    return null;
  }

  /** Every match of EDITOR holds one of these (責任編輯 holds 編輯), every match of REPORTER one of the others. */
  private static final String[] EDITOR_WORDS = {"編輯", "编辑", "譯者", "译者", "翻譯", "翻译", "審校", "审校", "校對", "校对"};
  private static final String[] REPORTER_WORDS = {"記者", "记者"};

  private static boolean holdsAny(String line, String[] words) {
    for (String w : words) {
      if (line.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
