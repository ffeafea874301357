package tiku.extract;

import java.util.Set;
import java.util.regex.Pattern;
import tiku.read.Chars;

/**
 * Walks over an English capitalised name around a head word: back over capitalised words (and
 * "of", "for", "the" between them), forward over "of Understanding", "for Science and Technology".
 * Both walks are bounded, so finding names stays linear in the text.
 */
final class CapitalisedRun {
  private static final Pattern ORDINAL = Pattern.compile("[0-9]{1,4}(st|nd|rd|th)");

  static final int MAX_WORDS = 14;

  private static final Set<String> BACK_CONNECTORS = Set.of("of", "on", "for", "the", "to", "de");
  private static final Set<String> FORWARD_CONNECTORS = Set.of("of", "on", "for", "the", "and", "to", "de", "between");
  private static final Set<String> LEADING =
      Set.of("The", "A", "An", "Our", "This", "These", "That", "Its", "Their", "New", "Both", "Each", "Any", "We", "In", "On", "Today", "Last", "Through");

  private CapitalisedRun() {}

  /** Start of the capitalised run that ends at {@code at}, or -1 when no capitalised word precedes. */
  static int walkBack(String t, int at) {
    int start = -1;
    int pos = at;
    int words = 0;
    while (pos > 0 && t.charAt(pos - 1) == ' ' && words++ < MAX_WORDS) {
      int e = pos - 1;
      while (e > 0 && t.charAt(e - 1) == ' ') {
        e--;
      }
      int s = e;
      while (s > 0 && !Character.isWhitespace(t.charAt(s - 1)) && !Chars.isCjk(t.charAt(s - 1))) {
        s--;
      }
      if (s == e) {
        break;
      }
      String w = t.substring(s, e);
      if (",;:.)(\"“”".indexOf(w.charAt(w.length() - 1)) >= 0 && !isDottedAbbreviation(w)) {
        break;
      }
      if (isCapitalised(w)) {
        start = s;
      } else if (!BACK_CONNECTORS.contains(w)) {
        break;
      }
      pos = s;
    }
    if (start < 0) {
      return -1;
    }
    // leading connectors and determiners are not part of the name
    while (start < at) {
      int sp = t.indexOf(' ', start);
      if (sp < 0 || sp >= at) {
        break;
      }
      String w = t.substring(start, sp);
      if (BACK_CONNECTORS.contains(w) || LEADING.contains(w)) {
        start = sp + 1;
        while (start < at && t.charAt(start) == ' ') {
          start++;
        }
      } else {
        break;
      }
    }
    return start < at ? start : -1;
  }

  /** End of the name that continues after {@code end} with connectors and capitalised words. */
  static int walkForward(String t, int end) {
    int best = end;
    int pos = end;
    boolean pendingConnector = false;
    String lastConnector = "";
    boolean inName = false;
    int words = 0;
    while (pos < t.length() && t.charAt(pos) == ' ' && words++ < MAX_WORDS) {
      int s = pos + 1;
      int e = s;
      while (e < t.length() && !Character.isWhitespace(t.charAt(e)) && !Chars.isCjk(t.charAt(e))) {
        e++;
      }
      if (e == s) {
        break;
      }
      String w = t.substring(s, e);
      String bare = stripTrailingPunctuation(w);
      if (FORWARD_CONNECTORS.contains(bare) && bare.equals(w)) {
        if (pendingConnector && (bare.equals("and") || lastConnector.equals("and"))) {
          break; // "Technology and the President’s Council": a second name begins
        }
        lastConnector = bare;
        pendingConnector = true;
        inName = false;
        pos = e;
        continue;
      }
      if ((pendingConnector || inName) && !bare.isEmpty() && isCapitalised(bare)) {
        best = s + bare.length();
        inName = true;
        pendingConnector = false;
        lastConnector = "";
        if (!bare.equals(w)) {
          break;
        }
        pos = e;
        continue;
      }
      break;
    }
    return best;
  }

  static String stripTrailingPunctuation(String w) {
    int e = w.length();
    while (e > 0 && ",;:.)’'\"”".indexOf(w.charAt(e - 1)) >= 0) {
      e--;
    }
    return w.substring(0, e);
  }

  /** Starts with a capital, or is a code like G20 or a year; ordinals ("76th") are not names. */
  static boolean isCapitalised(String w) {
    char c = w.charAt(0);
    if (Character.isUpperCase(c)) {
      return true;
    }
    if (!Character.isDigit(c)) {
      return false;
    }
    String lower = w.toLowerCase(java.util.Locale.ROOT);
    if (ORDINAL.matcher(lower).matches()) {
      return false;
    }
    return w.length() == 4 && w.chars().allMatch(Character::isDigit);
  }

  static boolean isDottedAbbreviation(String w) {
    return w.length() >= 2 && w.length() <= 8 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.';
  }
}
