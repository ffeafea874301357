package tiku.extract;

/** Bracketed acronyms and Latin names that follow a name: 東南亞國協(ASEAN), Agenda (IDA). */
final class Acronyms {
  private static final int MAX_BRACKETED = 60;

  private Acronyms() {}

  /** A bracket's content right after {@code end} (spaces allowed before it), or null. */
  static Bracket bracketAfter(String text, int end) {
    int i = end;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    if (i >= text.length() || (text.charAt(i) != '(' && text.charAt(i) != '（')) {
      return null;
    }
    int close = -1;
    for (int j = i + 1; j < text.length() && j <= i + MAX_BRACKETED; j++) {
      char c = text.charAt(j);
      if (c == ')' || c == '）') {
        close = j;
        break;
      }
      if (c == '(' || c == '（') {
        return null;
      }
    }
    if (close < 0) {
      return null;
    }
    return new Bracket(text.substring(i + 1, close).trim(), i, close + 1);
  }

  /** What a bracket holds and where: {@code [open, end)} includes the brackets. */
  record Bracket(String content, int open, int end) {}

  /** An acronym: 2–12 characters, letters (mostly capitals), digits, '&', '-', '.'; no spaces. */
  static boolean isAcronym(String s) {
    if (s.length() < 2 || s.length() > 12 || !Character.isUpperCase(s.charAt(0))) {
      return false;
    }
    int upper = 0;
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > 0x7F) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        }
      } else if (!Character.isDigit(c) && "&-.".indexOf(c) < 0) {
        return false;
      }
    }
    return letters >= 2 && upper * 2 > letters;
  }

  /** A romanized name: one to six capitalized Latin words ("To Lam", "Keir Starmer"). */
  static boolean isLatinName(String s) {
    String[] words = s.split(" ");
    if (words.length < 1 || words.length > 6 || isAcronym(s)) {
      return false;
    }
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (c > 0x24F || !(Character.isLetter(c) || c == '-' || c == '\'' || c == '.')) {
          return false;
        }
      }
    }
    return true;
  }

  /** The leading capital-letter run of a Latin name ("ISEAS-Yusof Ishak Institute" → ISEAS), or null. */
  static String leadingAcronym(String s) {
    int i = 0;
    while (i < s.length() && Character.isUpperCase(s.charAt(i)) && s.charAt(i) < 0x80) {
      i++;
    }
    return i >= 2 && (i == s.length() || !Character.isLetter(s.charAt(i))) ? s.substring(0, i) : null;
  }

  /** True when {@code token} occurs at {@code at} as a whole word, not inside a longer Latin word. */
  static boolean wholeWordAt(String text, int at, int len) {
    boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)) || text.charAt(at - 1) > 0x24F;
    int end = at + len;
    boolean after = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) > 0x24F;
    return before && after;
  }
}
