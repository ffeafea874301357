package tiku.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tiku.io.InputException;
import tiku.model.QuestionBank;
import tiku.model.Status;
import tiku.testing.SampleBanks;

class BankJsonTest {
  @TempDir Path dir;

  @Test
  void writeThenReadGivesTheSameBank() throws Exception {
    for (QuestionBank bank : new QuestionBank[] {SampleBanks.chinese(), SampleBanks.english(), SampleBanks.hostile()}) {
      Path f = dir.resolve(bank.source().language().tag() + bank.questions().size() + ".json");
      BankJson.write(f, bank);
      QuestionBank back = BankJson.read(f);
      assertThat(back).isEqualTo(bank);
      assertThat(BankJson.toJson(back)).isEqualTo(Files.readString(f));
    }
  }

  @Test
  void writesTheContractFields() {
    String json = BankJson.toJson(SampleBanks.chinese());
    assertThat(json).contains("\"schema\" : 1", "\"questions\"", "\"type\" : \"multiple_choice\"", "\"answer\" : \"1973\"",
        "\"answer\" : false", "\"quote\"", "\"status\" : \"new\"");
    assertThat(json).doesNotContain("\r");
  }

  @Test
  void aTextEditWithStatusLeftNewReadsAsEdited() throws Exception {
    Path f = dir.resolve("bank.json");
    BankJson.write(f, SampleBanks.chinese());
    String json = Files.readString(f).replace("依聯合聲明，越南與英國於哪一年建立外交關係？", "越南與英國於哪一年建交？");
    Files.writeString(f, json);
    QuestionBank back = BankJson.read(f);
    assertThat(back.questions()).filteredOn(q -> q.id().equals("zh-mc-1")).singleElement()
        .satisfies(q -> assertThat(q.status()).isEqualTo(Status.EDITED));
    assertThat(back.questions()).filteredOn(q -> !q.id().equals("zh-mc-1")).allMatch(q -> q.status() == Status.NEW);
  }

  private InputException readBad(String json) {
    Path f = dir.resolve("bad.json");
    try {
      Files.writeString(f, json, StandardCharsets.UTF_8);
      BankJson.read(f);
    } catch (InputException e) {
      return e;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("no error for " + json);
  }

  private String valid() {
    return BankJson.toJson(SampleBanks.chinese());
  }

  @Test
  void malformedJsonNamesLineAndColumn() {
    InputException e = readBad("{\n  \"schema\": 1,\n  \"source\": {,\n}");
    assertThat(e.oneLine()).contains("bad.json").contains("line 3").contains("not valid JSON");
  }

  @Test
  void unknownSchemaVersion() {
    assertThat(readBad(valid().replace("\"schema\" : 1", "\"schema\" : 99")).oneLine())
        .contains("schema: unknown schema version 99");
  }

  @Test
  void wrongTypesAndMissingFieldsNameTheField() {
    assertThat(readBad(valid().replaceFirst("\"stem\" : \"[^\"]*\"", "\"stem\" : 5")).oneLine())
        .contains("questions[0].stem: expected a text, found a number");
    assertThat(readBad(valid().replaceFirst("\"difficulty\" : \"easy\"", "\"difficulty\" : \"trivial\"")).oneLine())
        .contains("questions[0].difficulty: unknown difficulty 'trivial'");
    assertThat(readBad(valid().replaceFirst("\"answer\" : \"1973\"", "\"answer\" : \"1999\"")).oneLine())
        .contains("questions[1].answer: '1999' is not one of the options");
    assertThat(readBad(valid().replaceFirst(",\\s*\"type\" : \"true_false\"", "")).oneLine())
        .contains("questions[0].type: missing");
  }

  @Test
  void duplicateIds() {
    assertThat(readBad(valid().replace("\"id\" : \"zh-mc-2\"", "\"id\" : \"zh-mc-1\"")).oneLine())
        .contains("questions[2].id: duplicate id 'zh-mc-1' (also questions[1])");
  }

  @Test
  void clozeBlanksMustMatchTheAnswer() {
    assertThat(readBad(valid().replace("雙方同意通過「＿＿＿＿」", "雙方同意通過「」")).oneLine())
        .contains("the stem has 0 blank(s)");
  }
}
