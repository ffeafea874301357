package tiku.render.quizlet;

import java.text.BreakIterator;
import java.util.Locale;
import tiku.model.QuestionSource;
import tiku.render.Labels;
import tiku.render.SingleLine;

/**
 * Where a card's answer stands, short enough for the back of a card: the clause ("第25條",
 * "Clause 25"), or for prose the first words of the quote ("原文「雙方同意在…」").
 */
final class ShortSource {
  /** Characters of a prose quote to show; cut at a word boundary, never inside a word. */
  private static final int QUOTE_CHARS = 24;

  private ShortSource() {}

  /** The source in a few words, or "" when the question has none. */
  static String of(QuestionSource s, Labels labels) {
    if (s == null) {
      return "";
    }
    if (s.clause() != null) {
      return labels.clause(s);
    }
    String quote = s.quote() == null ? "" : SingleLine.of(s.quote());
    if (quote.isEmpty()) {
      return labels.get("source.text");
    }
    return labels.format("card.prose", labels.get("source.text"), excerpt(quote, labels));
  }

  static String excerpt(String text, Labels labels) {
    if (text.codePointCount(0, text.length()) <= QUOTE_CHARS) {
      return text;
    }
    Locale locale = labels.language().isChinese() ? Locale.CHINESE : Locale.ENGLISH;
    BreakIterator words = BreakIterator.getWordInstance(locale);
    words.setText(text);
    int limit = text.offsetByCodePoints(0, QUOTE_CHARS);
    int cut = words.preceding(limit + 1);
    if (cut <= 0) {
      cut = limit;
    }
    return text.substring(0, cut).stripTrailing() + "…";
  }
}
