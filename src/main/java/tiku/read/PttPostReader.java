package tiku.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tiku.model.Document;

/**
 * Reads a PTT (批踢踢) post: the header lines 作者/看板/標題/時間 become metadata, the body ends at
 * the first line that is exactly {@code --} (signature and {@code ※} footer dropped), and the news
 * template's labelled lines (標題:, 新聞來源:, 記者署名:, …) become metadata, not content.
 */
public final class PttPostReader {
  private static final Pattern HEADER =
      Pattern.compile("^(作者|看板|標題|標题|時間|时间)[\\s:：]*+(.*)$");
  private static final Pattern BOARD_IN_AUTHOR = Pattern.compile("^(.*?)\\s{2,}看板[\\s:：]*+(\\S+)\\s*$");
  private static final Pattern TAG = Pattern.compile("^(?:(?:Re|RE|Fw|FW|R|轉)[:：]\\s*+)?(?:\\[[^\\]]{1,10}\\]\\s*+)?");
  private static final Pattern LABEL =
      Pattern.compile("^(?:[0-9]{1,2}\\s*+[.．、]\\s*+)?([^\\s:：]{1,12}?)(?:\\s*+[(（][^)）]{0,12}[)）])?\\s*+[:：]\\s*+(.*)$");

  private enum Label { TITLE, SOURCE, URL, BYLINE, BODY, NOTE }

  private static final Map<String, Label> LABELS = labels();

  private PttPostReader() {}

  private static Map<String, Label> labels() {
    Map<String, Label> m = new LinkedHashMap<>();
    for (String s : List.of("標題", "新聞標題", "完整新聞標題", "原文標題")) {
      m.put(s, Label.TITLE);
    }
    for (String s : List.of("新聞來源", "媒體來源", "來源", "原文來源")) {
      m.put(s, Label.SOURCE);
    }
    for (String s : List.of("新聞網址", "網址", "原文網址", "完整新聞連結", "新聞連結", "連結", "原文連結")) {
      m.put(s, Label.URL);
    }
    for (String s : List.of("記者署名", "署名", "原文作者")) {
      m.put(s, Label.BYLINE);
    }
    for (String s : List.of("內文", "新聞內文", "完整新聞內文", "原文內容")) {
      m.put(s, Label.BODY);
    }
    for (String s : List.of("備註", "附註", "心得", "備註請放最後面")) {
      m.put(s, Label.NOTE);
    }
    return Map.copyOf(m);
  }

  /** True when the text starts with a PTT header (作者 … then 看板/標題/時間). */
  public static boolean looksLike(String text) {
    List<Line> lines = new LineIndex(text.length() > 4000 ? text.substring(0, 4000) : text).lines();
    int seen = 0;
    int header = 0;
    for (Line l : lines) {
      if (l.isBlank()) {
        continue;
      }
      if (seen++ >= 4) {
        break;
      }
      Matcher m = HEADER.matcher(l.trimmed());
      if (m.matches()) {
        if (seen == 1 && !m.group(1).equals("作者")) {
          return false;
        }
        header++;
      }
    }
    return header >= 2;
  }

  /** Parses a decoded PTT post whose text is {@code index.source()}. */
  public static Document read(LineIndex index) {
    List<Line> lines = index.lines();
    Map<String, String> meta = new LinkedHashMap<>();
    String title = null;
    java.util.Set<String> seen = new java.util.HashSet<>();
    int i = 0;
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    for (; i < lines.size(); i++) {
      Matcher m = HEADER.matcher(lines.get(i).trimmed());
      if (!m.matches()) {
        break;
      }
      String key = m.group(1);
      String value = m.group(2).trim();
      if (value.isEmpty() || !seen.add(key.substring(0, 1))) {
        break; // a repeated or empty field is the body's news template, not the header
      }
      if (key.equals("作者")) {
        Matcher b = BOARD_IN_AUTHOR.matcher(value);
        if (b.matches()) {
          value = b.group(1).trim();
          meta.put("board", b.group(2));
        }
        meta.put("author", value);
      } else if (key.equals("看板")) {
        meta.put("board", value);
      } else if (key.startsWith("標")) {
        meta.put("subject", value);
        title = TAG.matcher(value).replaceFirst("").trim();
      } else {
        meta.put("time", value);
      }
    }
    List<Line> body = new ArrayList<>();
    List<String> urls = new ArrayList<>();
    Label pending = null;
    for (; i < lines.size(); i++) {
      Line line = lines.get(i);
      String t = line.trimmed();
      if (line.text().stripTrailing().equals("--")) {
        break; // the signature and the footer follow
      }
      if (t.startsWith("※")) {
        continue; // PTT's own notes (引述, 編輯, 發信站)
      }
      Matcher m = LABEL.matcher(t);
      // LABEL needs a colon: most body lines have none, and the pattern is not tried on them
      Label label = (t.indexOf(':') >= 0 || t.indexOf('：') >= 0) && m.matches() ? LABELS.get(m.group(1)) : null;
      if (label != null) {
        String value = m.group(2).trim();
        pending = value.isEmpty() ? label : null;
        if (!value.isEmpty()) {
          putLabelled(meta, urls, label, value);
        }
        continue;
      }
      if (pending != null && !line.isBlank()) {
        if (pending != Label.BODY && pending != Label.NOTE) {
          putLabelled(meta, urls, pending, t);
          pending = null;
          continue;
        }
        pending = null;
      }
      body.add(line);
    }
    if (!urls.isEmpty()) {
      meta.put("urls", String.join(" ", urls));
    }
    return StructureParser.parse(index, body, title, meta);
  }

  private static void putLabelled(Map<String, String> meta, List<String> urls, Label label, String value) {
    switch (label) {
      case TITLE -> meta.putIfAbsent("headline", value);
      case SOURCE -> {
        if (value.startsWith("http")) {
          urls.add(value);
          meta.putIfAbsent("url", value);
        } else {
          meta.putIfAbsent("source", value);
        }
      }
      case URL -> {
        urls.add(value);
        meta.putIfAbsent("url", value);
      }
      case BYLINE -> meta.putIfAbsent("byline", value);
      default -> { }
    }
  }
}
