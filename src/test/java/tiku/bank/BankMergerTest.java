package tiku.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tiku.model.Question;
import tiku.model.QuestionBank;
import tiku.model.Status;
import tiku.testing.SampleBanks;

class BankMergerTest {
  @TempDir Path dir;

  /** A regeneration that rewords every question, as a new generator version might. */
  private static QuestionBank regenerated(QuestionBank b) {
    List<Question> qs = new ArrayList<>();
    for (Question q : b.questions()) {
      qs.add(new Question(q.id(), q.type(), q.family(), q.stem(), q.options(), q.answer(), q.explanation() + "（新版）",
          q.difficulty(), q.pillar(), q.tags(), Status.NEW, q.source()));
    }
    return b.withQuestions(qs);
  }

  @Test
  void teacherEditsApprovalsAndRejectionsSurviveRegeneration() throws Exception {
    Path f = dir.resolve("bank.json");
    BankJson.write(f, SampleBanks.chinese());
    // the teacher edits one stem in the file, approves one question and rejects another
    String json = Files.readString(f)
        .replace("依聯合聲明，越南與英國於哪一年建立外交關係？", "越英兩國哪一年建交？")
        .replaceFirst("(\"id\" : \"zh-cloze-1\"[\\s\\S]*?\"status\" : )\"new\"", "$1\"approved\"")
        .replaceFirst("(\"id\" : \"zh-order-1\"[\\s\\S]*?\"status\" : )\"new\"", "$1\"rejected\"");
    Files.writeString(f, json);
    QuestionBank edited = BankJson.read(f);

    BankMerger.Result r = BankMerger.merge(edited, regenerated(SampleBanks.chinese()));
    BankJson.write(f, r.bank());
    QuestionBank after = BankJson.read(f);

    Question mc = byId(after, "zh-mc-1");
    assertThat(mc.stem()).isEqualTo("越英兩國哪一年建交？");
    assertThat(mc.status()).isEqualTo(Status.EDITED);
    assertThat(mc.explanation()).doesNotContain("新版");
    assertThat(byId(after, "zh-cloze-1").status()).isEqualTo(Status.APPROVED);
    assertThat(byId(after, "zh-cloze-1").explanation()).doesNotContain("新版");
    assertThat(byId(after, "zh-order-1").status()).isEqualTo(Status.REJECTED);
    // untouched questions take the new generation
    assertThat(byId(after, "zh-tf-1").explanation()).endsWith("（新版）");
    assertThat(r.kept()).isEqualTo(3);
    assertThat(after.questions()).hasSize(SampleBanks.chinese().questions().size());
  }

  @Test
  void handWrittenQuestionsAreKeptAndStaleGeneratedOnesDropped() {
    QuestionBank old = SampleBanks.chinese();
    List<Question> qs = new ArrayList<>(old.questions());
    Question hand = qs.get(1);
    qs.add(new Question("teacher-1", hand.type(), "custom", "老師自己出的題？", hand.options(), hand.answer(), "", hand.difficulty(),
        null, List.of(), Status.EDITED, hand.source()));
    QuestionBank withHand = old.withQuestions(qs);
    QuestionBank fresh = old.withQuestions(old.questions().subList(0, 3));
    BankMerger.Result r = BankMerger.merge(withHand, fresh);
    assertThat(r.bank().questions()).extracting(Question::id).containsExactly("zh-tf-1", "zh-mc-1", "zh-mc-2", "teacher-1");
    assertThat(r.dropped()).isEqualTo(3);
  }

  private static Question byId(QuestionBank b, String id) {
    return b.questions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
  }
}
