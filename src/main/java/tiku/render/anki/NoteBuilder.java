package tiku.render.anki;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tiku.model.Answer;
import tiku.model.ClozeStem;
import tiku.model.Language;
import tiku.model.Question;
import tiku.model.QuestionSource;
import tiku.render.Labels;
import tiku.render.RenderJob;

/**
 * Maps the questions of a render job to Anki notes, shared by the CSV and the .apkg renderer:
 * cloze questions become Cloze notes (one card per blank), acronym and role matching questions one
 * reversible note per pair, everything else a Basic note whose back gives the answer, the
 * explanation and the source clause.
 */
public final class NoteBuilder {
  /** Families whose pairs are worth learning in both directions. */
  static final Set<String> REVERSIBLE_FAMILIES = Set.of("acronym", "role");

  private final Labels labels;
  private final String deck;
  private final String deckKey;

  private NoteBuilder(Labels labels, String deck, String deckKey) {
    this.labels = labels;
    this.deck = deck;
    this.deckKey = deckKey;
  }

  public static NoteBuilder of(RenderJob job) {
    Language lang = job.options().language() != null ? job.options().language() : job.bank().source().language();
    return new NoteBuilder(Labels.load(NoteBuilder.class, lang), AnkiDeckName.of(job), job.bank().deck());
  }

  /** The notes of every question, in the job's order. */
  public static List<AnkiNote> notes(RenderJob job) {
    NoteBuilder b = of(job);
    List<AnkiNote> out = new ArrayList<>();
    Set<String> guids = new HashSet<>();
    for (Question q : job.questions()) {
      for (AnkiNote n : b.notes(q)) {
        // two notes with one GUID would overwrite each other on import
        if (!guids.add(n.guid())) {
          throw new IllegalArgumentException("question id '" + q.id() + "' appears twice in deck " + job.bank().deck());
        }
        out.add(n);
      }
    }
    return out;
  }

  public List<AnkiNote> notes(Question q) {
    List<String> tags = AnkiTags.of(q, deckKey);
    String guid = AnkiGuid.of(deckKey, q.id());
    switch (q.type()) {
      case CLOZE -> {
        ClozeStem stem = ClozeStem.parse(q.stem());
        if (q.answer() instanceof Answer.Blanks b && stem.blanks() == b.texts().size()) {
          String text = ClozeMarkup.text(stem, b.texts());
          return List.of(new AnkiNote(AnkiNoteType.CLOZE, guid, List.of(text, extras(q)), tags, deck, b.texts().size()));
        }
        // blanks and answers disagree: a Basic card still teaches the fact, a broken cloze would not
        return List.of(basic(q, guid, tags, stemHtml(q), answerBlock(AnkiHtml.text(labels.answer(q.answer())))));
      }
      case MULTIPLE_CHOICE -> {
        String front = stemHtml(q) + list("ol", "options", q.options());
        return List.of(basic(q, guid, tags, front, answerBlock(choice(q))));
      }
      case TRUE_FALSE -> {
        String front = stemHtml(q) + div("options", AnkiHtml.text(labels.get("true") + " / " + labels.get("false")));
        return List.of(basic(q, guid, tags, front, answerBlock(AnkiHtml.text(labels.answer(q.answer())))));
      }
      case MATCHING -> {
        if (q.answer() instanceof Answer.Pairs p && REVERSIBLE_FAMILIES.contains(q.family()) && !p.pairs().isEmpty()) {
          return reversible(q, p, tags);
        }
        List<String> lefts = q.answer() instanceof Answer.Pairs p ? p.pairs().stream().map(Answer.Pair::left).toList() : List.of();
        String front = stemHtml(q) + list("ul", "items", lefts) + labelled("choices", labels.get("anki.choices"), list("ol", "options", q.options()));
        List<String> pairs = q.answer() instanceof Answer.Pairs p ? p.pairs().stream().map(x -> x.left() + " — " + x.right()).toList() : List.of();
        return List.of(basic(q, guid, tags, front, answerBlock(list("ul", "pairs", pairs))));
      }
      case ORDERING -> {
        String front = stemHtml(q) + list("ul", "items", q.options());
        List<String> order = q.answer() instanceof Answer.Sequence s ? s.items() : q.options();
        return List.of(basic(q, guid, tags, front, answerBlock(list("ol", "order", order))));
      }
      default -> throw new IllegalArgumentException("unknown question type " + q.type());
    }
  }

  private List<AnkiNote> reversible(Question q, Answer.Pairs p, List<String> tags) {
    List<AnkiNote> out = new ArrayList<>();
    for (int i = 0; i < p.pairs().size(); i++) {
      Answer.Pair pair = p.pairs().get(i);
      // the back is the front of the reversed card, so the source quote must not give the left side away
      String back = AnkiHtml.text(pair.right()) + pairSource(q.source(), pair);
      out.add(new AnkiNote(AnkiNoteType.REVERSE, AnkiGuid.of(deckKey, q.id(), i), List.of(AnkiHtml.text(pair.left()), back), tags, deck, 2));
    }
    return out;
  }

  private AnkiNote basic(Question q, String guid, List<String> tags, String front, String answer) {
    return new AnkiNote(AnkiNoteType.BASIC, guid, List.of(front, answer + extras(q)), tags, deck, 1);
  }

  private String choice(Question q) {
    if (q.answer() instanceof Answer.Choice c) {
      int i = q.options().indexOf(c.option());
      String letter = i >= 0 && i < 26 ? (char) ('A' + i) + ". " : "";
      return AnkiHtml.text(letter + c.option());
    }
    return AnkiHtml.text(labels.answer(q.answer()));
  }

  private String stemHtml(Question q) {
    return div("stem", AnkiHtml.text(q.stem()));
  }

  private String answerBlock(String answerHtml) {
    return labelled("answer", labels.get("answer"), answerHtml);
  }

  /** The explanation and the source, under the answer (or under a cloze). */
  private String extras(Question q) {
    String out = "";
    if (q.explanation() != null && !q.explanation().isBlank()) {
      out += labelled("explanation", labels.get("explanation"), AnkiHtml.text(q.explanation()));
    }
    return out + sourceBlock(q.source(), null);
  }

  /**
   * A matching question has one source for all its pairs; its quote is shown on a pair's note only
   * when it mentions that pair, so a note never cites a sentence about another pair.
   */
  private String pairSource(QuestionSource s, Answer.Pair pair) {
    if (s == null || s.quote() == null || mentions(s.quote(), pair.left()) || mentions(s.quote(), pair.right())) {
      return sourceBlock(s, pair.left());
    }
    return s.clause() == null ? "" : sourceBlock(new QuestionSource(s.clause(), s.label(), null), null);
  }

  private static boolean mentions(String quote, String text) {
    return text != null && !text.isBlank() && quote.contains(text.strip());
  }

  private String sourceBlock(QuestionSource s, String mask) {
    if (s == null) {
      return "";
    }
    String where = labels.clause(s);
    if (s.quote() != null && !s.quote().isBlank()) {
      String quote = mask == null || mask.isBlank() ? s.quote() : s.quote().replace(mask, labels.get("anki.mask"));
      where += labels.get("anki.quote.open") + quote + labels.get("anki.quote.close");
    }
    return labelled("source", labels.get("source"), AnkiHtml.text(where));
  }

  private String labelled(String cls, String label, String html) {
    return "<div class=\"" + cls + "\"><b>" + AnkiHtml.text(label) + "</b>" + AnkiHtml.text(labels.get("anki.colon")) + html + "</div>";
  }

  private static String div(String cls, String html) {
    return "<div class=\"" + cls + "\">" + html + "</div>";
  }

  private static String list(String tag, String cls, List<String> items) {
    StringBuilder sb = new StringBuilder("<").append(tag).append(" class=\"").append(cls).append('"');
    if (tag.equals("ol") && cls.equals("options")) {
      sb.append(" type=\"A\"");
    }
    sb.append('>');
    for (String item : items) {
      sb.append("<li>").append(AnkiHtml.text(item)).append("</li>");
    }
    return sb.append("</").append(tag).append('>').toString();
  }
}
