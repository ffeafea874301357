package tiku.bank;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import tiku.model.Answer;
import tiku.model.BankSource;
import tiku.model.Pillar;
import tiku.model.Question;
import tiku.model.QuestionBank;

/**
 * bank.json as a Jackson tree, field by field: the form banks were first written from, kept as the
 * reference the streaming writer and the fingerprint are held to.
 */
final class BankTrees {
  private BankTrees() {}

  static ObjectNode bank(QuestionBank bank) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("schema", bank.schema());
    root.put("deck", bank.deck());
    BankSource s = bank.source();
    ObjectNode src = root.putObject("source");
    src.put("title", s.title());
    src.put("language", s.language().tag());
    src.put("file", s.file());
    src.put("sha256", s.sha256());
    src.put("date", s.date());
    ArrayNode pillars = src.putArray("pillars");
    for (Pillar p : s.pillars()) {
      pillars.addObject().put("number", p.number()).put("label", p.label()).put("heading", p.heading());
    }
    ArrayNode qs = root.putArray("questions");
    for (Question q : bank.questions()) {
      qs.add(question(q));
    }
    return root;
  }

  static ObjectNode question(Question q) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("id", q.id());
    o.put("type", q.type().id());
    o.put("family", q.family());
    o.put("stem", q.stem());
    ArrayNode opts = o.putArray("options");
    q.options().forEach(opts::add);
    o.set("answer", answer(q.answer()));
    o.put("explanation", q.explanation());
    o.put("difficulty", q.difficulty().id());
    if (q.pillar() == null) {
      o.putNull("pillar");
    } else {
      o.put("pillar", q.pillar());
    }
    ArrayNode tags = o.putArray("tags");
    q.tags().forEach(tags::add);
    o.put("status", q.status().id());
    ObjectNode src = o.putObject("source");
    if (q.source().clause() == null) {
      src.putNull("clause");
    } else {
      src.put("clause", q.source().clause());
    }
    src.put("label", q.source().label());
    src.put("quote", q.source().quote());
    o.put("fingerprint", Fingerprint.of(q));
    return o;
  }

  static JsonNode answer(Answer a) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (a instanceof Answer.Choice c) {
      return f.textNode(c.option());
    } else if (a instanceof Answer.Truth t) {
      return f.booleanNode(t.value());
    } else if (a instanceof Answer.Blanks b) {
      if (b.texts().size() == 1) {
        return f.textNode(b.texts().get(0));
      }
      ArrayNode arr = f.arrayNode();
      b.texts().forEach(arr::add);
      return arr;
    } else if (a instanceof Answer.Pairs p) {
      ArrayNode arr = f.arrayNode();
      p.pairs().forEach(x -> arr.addArray().add(x.left()).add(x.right()));
      return arr;
    } else {
      ArrayNode arr = f.arrayNode();
      ((Answer.Sequence) a).items().forEach(arr::add);
      return arr;
    }
  }
}
