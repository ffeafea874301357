package tiku.bank;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import tiku.model.Answer;
import tiku.model.Difficulty;
import tiku.model.Question;
import tiku.model.QuestionBank;
import tiku.model.QuestionSource;
import tiku.model.QuestionType;
import tiku.model.Status;
import tiku.testing.SampleBanks;

/**
 * Fingerprints are stored in teachers' banks, so the way they are computed must never drift: a
 * changed fingerprint would make every untouched question look edited.
 */
class FingerprintTest {
  @Test
  void theCommittedSampleBankStillMatchesEveryFingerprintItStores() throws Exception {
    Path file = Path.of("question-bank/uk-vietnam-2025/bank.json");
    JsonNode stored = new ObjectMapper().readTree(Files.readAllBytes(file));
    QuestionBank bank = BankJson.read(file);
    assertThat(bank.questions()).hasSize(stored.get("questions").size());
    for (int i = 0; i < bank.questions().size(); i++) {
      assertThat(Fingerprint.of(bank.questions().get(i)))
          .as(bank.questions().get(i).id())
          .isEqualTo(stored.get("questions").get(i).get("fingerprint").asText());
    }
  }

  @Test
  void sampleBanksHashTheCompactJsonOfTheEditableFields() throws Exception {
    for (QuestionBank bank : List.of(SampleBanks.chinese(), SampleBanks.english(), SampleBanks.hostile())) {
      for (Question q : bank.questions()) {
        assertThat(Fingerprint.of(q)).as(q.id()).isEqualTo(reference(q));
      }
    }
  }

  @Property(tries = 300)
  void anyTextHashesAsTheCompactJsonOfItsFields(@ForAll String stem, @ForAll String option, @ForAll String quote) throws Exception {
    Question q = new Question("q-1", QuestionType.MATCHING, "f", stem, List.of(option, "乙"),
        new Answer.Pairs(List.of(new Answer.Pair(quote, option))), "解析\n\"x\"", Difficulty.HARD, null, List.of(option),
        Status.NEW, new QuestionSource(null, "", quote));
    assertThat(Fingerprint.of(q)).isEqualTo(reference(q));
  }

  /** The definition: SHA-256 of {@code ObjectNode.toString()} over these fields, first 8 bytes in hex. */
  private static String reference(Question q) throws Exception {
    var node = new ObjectMapper().createObjectNode();
    node.put("type", q.type().id());
    node.put("stem", q.stem());
    var opts = node.putArray("options");
    q.options().forEach(opts::add);
    node.set("answer", BankTrees.answer(q.answer()));
    node.put("explanation", q.explanation());
    node.put("difficulty", q.difficulty().id());
    node.put("pillar", q.pillar() == null ? -1 : q.pillar());
    var tags = node.putArray("tags");
    q.tags().forEach(tags::add);
    node.put("clause", q.source().clause() == null ? -1 : q.source().clause());
    node.put("quote", q.source().quote());
    byte[] d = MessageDigest.getInstance("SHA-256").digest(node.toString().getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(d, 0, 8);
  }
}
