package tiku.bank;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tiku.io.InputException;
import tiku.model.Answer;
import tiku.model.BankSource;
import tiku.model.Difficulty;
import tiku.model.Language;
import tiku.model.Pillar;
import tiku.model.Question;
import tiku.model.QuestionBank;
import tiku.model.QuestionSource;
import tiku.model.QuestionType;
import tiku.model.Status;

/** Turns a parsed bank.json tree into a QuestionBank, naming the path of the first bad field. */
final class BankTreeReader {
  private final Path file;

  BankTreeReader(Path file) {
    this.file = file;
  }

  QuestionBank bank(JsonNode root) {
    if (!root.isObject()) {
      throw bad("", "expected a JSON object with schema, source and questions");
    }
    JsonNode schema = require(root, "schema", "");
    if (!schema.isInt()) {
      throw bad("schema", "expected a whole number");
    }
    if (schema.intValue() != QuestionBank.SCHEMA) {
      throw bad(
          "schema",
          "unknown schema version " + schema.intValue() + " (this Tiku reads version " + QuestionBank.SCHEMA + ")");
    }
    String deck = optText(root, "deck", "");
    BankSource source = source(require(root, "source", ""));
    JsonNode qs = require(root, "questions", "");
    if (!qs.isArray()) {
      throw bad("questions", "expected a list");
    }
    List<Question> questions = new ArrayList<>();
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < qs.size(); i++) {
      Question q = question(qs.get(i), "questions[" + i + "]");
      Integer prev = ids.putIfAbsent(q.id(), i);
      if (prev != null) {
        throw bad("questions[" + i + "].id", "duplicate id '" + q.id() + "' (also questions[" + prev + "])");
      }
      questions.add(q);
    }
    if (deck == null || deck.isBlank()) {
      Path parent = file == null ? null : file.toAbsolutePath().getParent();
      deck = parent == null || parent.getFileName() == null ? "deck" : parent.getFileName().toString();
    }
    return new QuestionBank(QuestionBank.SCHEMA, deck, source, questions);
  }

  private BankSource source(JsonNode s) {
    if (!s.isObject()) {
      throw bad("source", "expected an object");
    }
    String title = text(s, "title", "source");
    Language lang;
    String tag = text(s, "language", "source");
    try {
      lang = Language.fromTag(tag);
    } catch (IllegalArgumentException e) {
      throw bad("source.language", e.getMessage());
    }
    List<Pillar> pillars = new ArrayList<>();
    JsonNode ps = s.get("pillars");
    if (ps != null && !ps.isNull()) {
      if (!ps.isArray()) {
        throw bad("source.pillars", "expected a list");
      }
      for (int i = 0; i < ps.size(); i++) {
        String at = "source.pillars[" + i + "]";
        JsonNode p = ps.get(i);
        if (!p.isObject()) {
          throw bad(at, "expected an object");
        }
        JsonNode n = require(p, "number", at);
        if (!n.isInt()) {
          throw bad(at + ".number", "expected a whole number");
        }
        pillars.add(new Pillar(n.intValue(), optText(p, "label", at), text(p, "heading", at)));
      }
    }
    return new BankSource(title, lang, optText(s, "file", "source"), optText(s, "sha256", "source"), optText(s, "date", "source"), pillars);
  }

  private Question question(JsonNode q, String at) {
    if (!q.isObject()) {
      throw bad(at, "expected an object");
    }
    String id = text(q, "id", at);
    if (id.isBlank()) {
      throw bad(at + ".id", "must not be empty");
    }
    QuestionType type;
    try {
      type = QuestionType.fromId(text(q, "type", at));
    } catch (IllegalArgumentException e) {
      throw bad(at + ".type", e.getMessage());
    }
    String stem = text(q, "stem", at);
    if (stem.isBlank()) {
      throw bad(at + ".stem", "must not be empty");
    }
    List<String> options = stringList(q.get("options"), at + ".options", true);
    Answer answer = answer(type, require(q, "answer", at), options, stem, at + ".answer");
    Difficulty difficulty;
    try {
      difficulty = Difficulty.fromId(text(q, "difficulty", at));
    } catch (IllegalArgumentException e) {
      throw bad(at + ".difficulty", e.getMessage());
    }
    Integer pillar = optInt(q, "pillar", at);
    List<String> tags = stringList(q.get("tags"), at + ".tags", true);
    Status status;
    try {
      status = Status.fromId(optText(q, "status", at) == null ? "new" : optText(q, "status", at));
    } catch (IllegalArgumentException e) {
      throw bad(at + ".status", e.getMessage());
    }
    JsonNode src = q.get("source");
    QuestionSource source;
    if (src == null || src.isNull()) {
      throw bad(at + ".source", "missing: every question cites its source (clause and quote)");
    } else if (!src.isObject()) {
      throw bad(at + ".source", "expected an object with clause and quote");
    } else {
      source = new QuestionSource(optInt(src, "clause", at + ".source"), optText(src, "label", at + ".source"), text(src, "quote", at + ".source"));
    }
    String family = optText(q, "family", at);
    String explanation = optText(q, "explanation", at);
    Question out =
        new Question(id, type, family == null ? "custom" : family, stem, options, answer, explanation == null ? "" : explanation,
            difficulty, pillar, tags, status, source);
    // A teacher who edits a question's text but leaves its status "new" has still edited it; a
    // question with no fingerprint was written by hand, since the generator always stores one.
    String stored = optText(q, "fingerprint", at);
    if (status == Status.NEW && (stored == null || !stored.equals(Fingerprint.of(out)))) {
      out = out.withStatus(Status.EDITED);
    }
    return out;
  }

  private Answer answer(QuestionType type, JsonNode a, List<String> options, String stem, String at) {
    switch (type) {
      case MULTIPLE_CHOICE -> {
        if (!a.isTextual()) {
          throw bad(at, "expected the text of the correct option");
        }
        if (options.size() < 2) {
          throw bad(at.replace(".answer", ".options"), "a multiple-choice question needs at least two options");
        }
        if (!options.contains(a.textValue())) {
          throw bad(at, "'" + a.textValue() + "' is not one of the options");
        }
        return new Answer.Choice(a.textValue());
      }
      case TRUE_FALSE -> {
        if (!a.isBoolean()) {
          throw bad(at, "expected true or false");
        }
        return new Answer.Truth(a.booleanValue());
      }
      case CLOZE -> {
        List<String> texts = a.isTextual() ? List.of(a.textValue()) : stringList(a, at, false);
        if (texts.isEmpty() || texts.stream().anyMatch(String::isBlank)) {
          throw bad(at, "expected the missing text of each blank");
        }
        int blanks = tiku.model.ClozeStem.parse(stem).blanks();
        if (blanks != texts.size()) {
          throw bad(at, "the stem has " + blanks + " blank(s) (written ＿＿ or ___) but the answer gives " + texts.size());
        }
        return new Answer.Blanks(texts);
      }
      case MATCHING -> {
        if (!a.isArray() || a.isEmpty()) {
          throw bad(at, "expected a list of [left, right] pairs");
        }
        List<Answer.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
          JsonNode p = a.get(i);
          if (!p.isArray() || p.size() != 2 || !p.get(0).isTextual() || !p.get(1).isTextual()) {
            throw bad(at + "[" + i + "]", "expected a pair [left, right] of texts");
          }
          pairs.add(new Answer.Pair(p.get(0).textValue(), p.get(1).textValue()));
        }
        return new Answer.Pairs(pairs);
      }
      case ORDERING -> {
        List<String> items = stringList(a, at, false);
        if (items.size() < 2) {
          throw bad(at, "expected at least two items in order");
        }
        return new Answer.Sequence(items);
      }
      default -> throw new IllegalStateException(type.toString());
    }
  }

  private List<String> stringList(JsonNode n, String at, boolean optional) {
    if (n == null || n.isNull()) {
      if (optional) {
        return List.of();
      }
      throw bad(at, "missing");
    }
    if (!n.isArray()) {
      throw bad(at, "expected a list of texts");
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n.size(); i++) {
      if (!n.get(i).isTextual()) {
        throw bad(at + "[" + i + "]", "expected a text");
      }
      out.add(n.get(i).textValue());
    }
    return out;
  }

  private JsonNode require(JsonNode o, String field, String at) {
    JsonNode n = o.get(field);
    if (n == null || n.isNull()) {
      throw bad(join(at, field), "missing");
    }
    return n;
  }

  private String text(JsonNode o, String field, String at) {
    JsonNode n = require(o, field, at);
    if (!n.isTextual()) {
      throw bad(join(at, field), "expected a text, found " + kind(n));
    }
    return n.textValue();
  }

  private String optText(JsonNode o, String field, String at) {
    JsonNode n = o.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual()) {
      throw bad(join(at, field), "expected a text, found " + kind(n));
    }
    return n.textValue();
  }

  private Integer optInt(JsonNode o, String field, String at) {
    JsonNode n = o.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isInt()) {
      throw bad(join(at, field), "expected a whole number or null, found " + kind(n));
    }
    return n.intValue();
  }

  private static String kind(JsonNode n) {
    return switch (n.getNodeType()) {
      case STRING -> "a text";
      case NUMBER -> "a number";
      case BOOLEAN -> "true/false";
      case ARRAY -> "a list";
      case OBJECT -> "an object";
      default -> n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static String join(String at, String field) {
    return at.isEmpty() ? field : at + "." + field;
  }

  private InputException bad(String at, String message) {
    return new InputException(file, at.isEmpty() ? null : at, message);
  }
}
