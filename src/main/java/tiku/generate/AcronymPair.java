package tiku.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tiku.extract.StartScan;
import tiku.model.Agreement;
import tiku.model.Facts;
import tiku.model.Organization;

/**
 * An acronym and the full name the text gives it in brackets right after the name
 * ("「跨太平洋夥伴全面進步協定」(CPTPP)", "Industrial Decarbonisation Agenda (IDA)").
 *
 * @param aliases every other name of the same thing, never to be a distractor for it
 * @param at offset of the full name in the passage
 */
record AcronymPair(String acronym, String name, List<String> aliases, Passage passage, int at, int end) {
  private static final Pattern EDGE_NON_LETTERS = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");

  private static final Pattern NON_LETTER = Pattern.compile("[^\\p{L}]");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Za-z0-9&]{1,9}");
  private static final Pattern BRACKETED_ZH = Pattern.compile("[「《“]([^「」《》“”，。；]{2,30})[」》”]\\s*[（(]([A-Z][A-Za-z0-9&]{1,9})[)）]");
  private static final Pattern LATIN = Pattern.compile("[（(]([A-Z][A-Za-z0-9&]{1,9})[)）]");
  static final StartScan BRACKETED_ZH_AT = StartScan.startingWith(BRACKETED_ZH, "「《“");
  static final StartScan LATIN_AT = StartScan.startingWith(LATIN, "（(");
  private static final Set<String> STOP = Set.of("and", "of", "the", "for", "on", "in", "to", "&");

  static boolean isAcronym(String s) {
    return s != null && ACRONYM.matcher(s).matches() && s.chars().filter(Character::isUpperCase).count() >= 2;
  }

  /** Every pair the facts or the brackets in the text give, first occurrence of each acronym. */
  static List<AcronymPair> find(Facts facts, List<Passage> passages) {
    List<AcronymPair> out = new ArrayList<>();
    for (Organization o : facts.organizations()) {
      if (isAcronym(o.acronym())) {
        add(out, o.acronym(), List.of(o.name()), List.of(o.name()), passages);
      }
    }
    for (Agreement a : facts.agreements()) {
      for (String alias : a.allNames()) {
        if (isAcronym(alias)) {
          List<String> names = a.allNames().stream().filter(n -> !isAcronym(n)).toList();
          add(out, alias, names, names, passages);
        }
      }
    }
    for (Passage p : passages) {
      StartScan.Cursor m = BRACKETED_ZH_AT.in(p.text());
      while (m.find()) {
        add(out, m.group(2), List.of(m.group(1)), List.of(m.group(1)), List.of(p));
      }
      StartScan.Cursor l = LATIN_AT.in(p.text());
      while (l.find()) {
        String name = initialsName(p.text(), l.start(), l.group(1));
        if (name != null) {
          add(out, l.group(1), List.of(name), List.of(name), List.of(p));
        }
      }
    }
    return out;
  }

  private static void add(List<AcronymPair> out, String acronym, List<String> names, List<String> aliases, List<Passage> passages) {
    if (out.stream().anyMatch(x -> x.acronym().equals(acronym))) {
      return;
    }
    // each name's pattern compiled once, not once per passage; it only runs where the name stands
    List<Pattern> patterns = new ArrayList<>();
    for (String name : names) {
      patterns.add(name == null || name.length() < 2 ? null
          : Pattern.compile(Pattern.quote(name) + "[」》”’]?\\s*[（(]" + Pattern.quote(acronym) + "(?=[)）\\-])"));
    }
    for (Passage p : passages) {
      for (int k = 0; k < names.size(); k++) {
        String name = names.get(k);
        if (patterns.get(k) == null || !p.holds(name)) {
          continue;
        }
        Matcher m = patterns.get(k).matcher(p.text());
        if (m.find() && DocumentText.usable(p.text().substring(m.start(), m.end()))) {
          out.add(new AcronymPair(acronym, name, aliases, p, m.start(), m.end()));
          return;
        }
      }
    }
  }

  /** The capitalised words before "(ABC)" whose initials spell ABC, or null. */
  private static String initialsName(String text, int bracket, String acronym) {
    String before = text.substring(0, bracket).stripTrailing();
    String[] words = SPACES.split(before);
    int letter = acronym.length() - 1;
    int i = words.length - 1;
    int firstWord = -1;
    while (i >= 0 && letter >= 0) {
      String w = NON_LETTER.matcher(words[i]).replaceAll("");
      if (w.isEmpty() || STOP.contains(w.toLowerCase(Locale.ROOT))) {
        if (firstWord < 0) {
          return null;
        }
        i--;
        continue;
      }
      if (!Character.isUpperCase(w.charAt(0)) || Character.toUpperCase(w.charAt(0)) != Character.toUpperCase(acronym.charAt(letter))) {
        return null;
      }
      firstWord = i;
      letter--;
      i--;
    }
    if (letter >= 0 || firstWord < 0) {
      return null;
    }
    String name = EDGE_NON_LETTERS.matcher(String.join(" ", java.util.Arrays.copyOfRange(words, firstWord, words.length))).replaceAll("");
    return before.contains(name) ? name : null;
  }
}
