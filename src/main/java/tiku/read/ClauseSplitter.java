package tiku.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the start of a numbered clause ({@code N.}, {@code N．}, {@code N、}, {@code （N）},
 * {@code 2.3}, 第N條) or a dash-led item ({@code ——}, {@code —}, {@code •}, {@code -}).
 */
public final class ClauseSplitter {
  private static final Pattern DOT = Pattern.compile("^([0-9]{1,3})[.．、](?![0-9])\\s*+(?=\\S)");
  private static final Pattern MULTI = Pattern.compile("^([0-9]{1,3}(?:\\.[0-9]{1,3}){1,3})\\.?\\s++(?=\\S)");
  private static final Pattern PAREN = Pattern.compile("^[（(]([0-9]{1,3})[）)]\\s*+(?=\\S)");
  private static final Pattern ARTICLE =
      Pattern.compile("^(第[一二三四五六七八九十百零〇0-9]{1,6}[條条])\\s*+(?=\\S)");
  private static final Pattern DASH = Pattern.compile("^(——|──|－－|—|•|·|\\* |- )\\s*+(?=\\S)");

  private ClauseSplitter() {}

  /** The clause marker of a trimmed line, or null when the line does not start a clause. */
  // Every pattern starts with ^, so lookingAt() finds what find() finds; find() would try the
  // pattern again at every later offset of the line before failing.
  public static Marker match(String line) {
    if (line.isEmpty()) {
      return null;
    }
    Matcher m = DOT.matcher(line);
    if (m.lookingAt()) {
      return new Marker("dot", m.group(1), Integer.parseInt(m.group(1)), m.end(), 0);
    }
    m = MULTI.matcher(line);
    if (m.lookingAt()) {
      return new Marker("multi", m.group(1), 0, m.end(), 0);
    }
    m = PAREN.matcher(line);
    if (m.lookingAt()) {
      return new Marker("paren", m.group(1), Integer.parseInt(m.group(1)), m.end(), 0);
    }
    m = ARTICLE.matcher(line);
    if (m.lookingAt()) {
      String label = m.group(1);
      return new Marker("article", label, Numerals.chinese(label.substring(1, label.length() - 1)), m.end(), 0);
    }
    m = DASH.matcher(line);
    if (m.lookingAt()) {
      return new Marker("dash", m.group(1).trim(), 0, m.end(), 0);
    }
    return null;
  }
}
