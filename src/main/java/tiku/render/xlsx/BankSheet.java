package tiku.render.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tiku.model.Answer;
import tiku.model.QuestionType;
import tiku.render.OptionLetters;

/**
 * The layout of the review spreadsheet, shared by the exporter and the importer so the two cannot
 * drift: the sheet name, the column headers, and how an answer is written in its cell.
 *
 * <p>Answers name options by letter, the way the option columns are headed, so a teacher who
 * rewords an option does not have to retype the answer: multiple choice {@code B}; true/false
 * {@code true}/{@code false}; cloze one blank per line; matching one {@code left = B} per line;
 * ordering {@code B, A, C}. The importer also takes an option's exact text where a letter goes.
 */
public final class BankSheet {
  public static final String SHEET = "Questions";
  public static final String PILLARS_SHEET = "Pillars";

  public static final String ID = "id";
  public static final String TYPE = "type";
  public static final String FAMILY = "family";
  public static final String STEM = "stem";
  public static final String OPTION_PREFIX = "option ";
  public static final String ANSWER = "answer";
  public static final String EXPLANATION = "explanation";
  public static final String DIFFICULTY = "difficulty";
  public static final String PILLAR = "pillar";
  public static final String TAGS = "tags";
  public static final String CLAUSE = "source clause";
  public static final String CLAUSE_LABEL = "source label";
  public static final String QUOTE = "source quote";
  public static final String STATUS = "status";

  /** Fewest option columns: room to add a fourth choice even when every question has three. */
  public static final int MIN_OPTION_COLUMNS = 4;

  private static final Pattern LETTERS = Pattern.compile("[A-Za-z](\\s*[A-Za-z])*");
  private static final Pattern PAIR = Pattern.compile("^(.*?)\\s*(?:=|→|->)\\s*(.+)$");

  private BankSheet() {}

  /** The headers, left to right, with {@code optionColumns} option columns after the stem. */
  public static List<String> headers(int optionColumns) {
    List<String> h = new ArrayList<>(List.of(ID, TYPE, FAMILY, STEM));
    for (int i = 0; i < optionColumns; i++) {
      h.add(optionHeader(i));
    }
    h.addAll(List.of(ANSWER, EXPLANATION, DIFFICULTY, PILLAR, TAGS, CLAUSE, CLAUSE_LABEL, QUOTE, STATUS));
    return h;
  }

  public static String optionHeader(int index) {
    return OPTION_PREFIX + OptionLetters.letter(index);
  }

  /** The index a letter names (A → 0), or -1 when {@code s} is not a single letter. */
  public static int letterIndex(String s) {
    String t = s.strip();
    if (t.length() == 1) {
      char c = Character.toUpperCase(t.charAt(0));
      if (c >= 'A' && c <= 'Z') {
        return c - 'A';
      }
    }
    return -1;
  }

  /** The answer as its cell shows it; options are the question's options in column order. */
  public static String answerText(Answer a, List<String> options) {
    if (a instanceof Answer.Truth t) {
      return t.value() ? "true" : "false";
    } else if (a instanceof Answer.Choice c) {
      return ref(c.option(), options);
    } else if (a instanceof Answer.Blanks b) {
      return String.join("\n", b.texts());
    } else if (a instanceof Answer.Pairs p) {
      List<String> lines = new ArrayList<>();
      p.pairs().forEach(x -> lines.add(x.left() + " = " + ref(x.right(), options)));
      return String.join("\n", lines);
    } else {
      List<String> refs = new ArrayList<>();
      ((Answer.Sequence) a).items().forEach(i -> refs.add(ref(i, options)));
      return String.join(", ", refs);
    }
  }

  private static String ref(String option, List<String> options) {
    int i = options.indexOf(option);
    return i >= 0 ? OptionLetters.letter(i) : option;
  }

  /** Reads an answer cell back; the message of the exception is for the teacher. */
  public static Answer parseAnswer(QuestionType type, String text, List<String> options, int blanks) {
    String t = text.strip();
    if (t.isEmpty()) {
      throw new IllegalArgumentException("the answer is empty");
    }
    switch (type) {
      case TRUE_FALSE -> {
        String v = t.toLowerCase(Locale.ROOT);
        if (List.of("true", "t", "yes", "○", "o", "對", "对", "√", "✓").contains(v)) {
          return new Answer.Truth(true);
        }
        if (List.of("false", "f", "no", "×", "x", "錯", "错", "✗").contains(v)) {
          return new Answer.Truth(false);
        }
        throw new IllegalArgumentException(quote(t) + " is not true or false");
      }
      case MULTIPLE_CHOICE -> {
        return new Answer.Choice(option(t, options));
      }
      case CLOZE -> {
        List<String> lines = lines(t);
        if (lines.size() != blanks) {
          throw new IllegalArgumentException(
              "the stem has " + blanks + " blank(s) (runs of ＿ or _) but the answer has " + lines.size()
                  + " line(s), one per blank");
        }
        return new Answer.Blanks(lines);
      }
      case MATCHING -> {
        List<Answer.Pair> pairs = new ArrayList<>();
        for (String line : lines(t)) {
          Matcher m = PAIR.matcher(line);
          if (!m.matches() || m.group(1).isBlank()) {
            throw new IllegalArgumentException(quote(line) + " is not of the form \"left item = letter\"");
          }
          pairs.add(new Answer.Pair(m.group(1).strip(), option(m.group(2).strip(), options)));
        }
        return new Answer.Pairs(pairs);
      }
      default -> {
        List<String> parts = new ArrayList<>(List.of(t.split("\\s*(?:[,，、;；\\n→]|->)\\s*")));
        if (parts.size() == 1 && LETTERS.matcher(t).matches() && !options.contains(t)) {
          // "BAC" or "B A C"
          parts = List.of(t.replaceAll("\\s+", "").split(""));
        }
        List<String> items = new ArrayList<>();
        for (String part : parts) {
          if (!part.isBlank()) {
            String item = option(part.strip(), options);
            if (items.contains(item)) {
              throw new IllegalArgumentException(quote(part) + " comes twice in the order");
            }
            items.add(item);
          }
        }
        if (items.size() != options.size()) {
          throw new IllegalArgumentException(
              "the order names " + items.size() + " of the " + options.size() + " items; name each once");
        }
        return new Answer.Sequence(items);
      }
    }
  }

  /** An option named by its letter or its exact text. */
  private static String option(String ref, List<String> options) {
    int i = letterIndex(ref);
    if (i >= 0 && i < options.size()) {
      return options.get(i);
    }
    if (options.contains(ref)) {
      return ref;
    }
    throw new IllegalArgumentException(
        quote(ref) + " is not one of the options"
            + (options.isEmpty() ? " (there are none)" : " (A–" + OptionLetters.letter(options.size() - 1) + ")"));
  }

  /** A cell's lines, stripped, without empty ones. */
  public static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    for (String l : text.split("\\r\\n|\\r|\\n")) {
      if (!l.isBlank()) {
        out.add(l.strip());
      }
    }
    return out;
  }

  private static String quote(String s) {
    return "\"" + s + "\"";
  }
}
