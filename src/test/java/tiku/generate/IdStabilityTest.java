package tiku.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tiku.model.Question;

/** Same document, same ids; a wording change in one clause keeps every other question's id. */
class IdStabilityTest {
  @Test
  void generatingTwiceGivesTheSameQuestions() {
    List<Question> a = Banks.generate(Banks.SEED);
    List<Question> b = Banks.generate(Banks.SEED);
    assertThat(b).isEqualTo(a);
    Set<String> ids = new HashSet<>();
    a.forEach(q -> assertThat(ids.add(q.id())).as(q.id()).isTrue());
    assertThat(a).allSatisfy(q -> assertThat(q.id()).matches("q-[0-9a-f]{12}"));
  }

  @Test
  void rewordingOneClauseKeepsTheOtherIds(@TempDir Path dir) throws Exception {
    String seed = Files.readString(Banks.file(Banks.SEED), StandardCharsets.UTF_8);
    String from = "拓展合作領域";
    assertThat(seed).contains("擴大外交機構人員編制," + from);
    // clause 5 says the same thing in other words
    Path changed = dir.resolve("seed.txt");
    Files.writeString(changed, seed.replace("擴大外交機構人員編制," + from, "增加外交機構人員編制," + "擴展合作範圍"), StandardCharsets.UTF_8);
    List<Question> before = Banks.generate(Banks.SEED);
    List<Question> after = Banks.generate(changed);
    Set<String> afterIds = new HashSet<>();
    after.forEach(q -> afterIds.add(q.id()));
    for (Question q : before) {
      boolean touchesClause5 = Integer.valueOf(5).equals(q.source().clause()) || q.explanation().contains("第5條");
      if (!touchesClause5) {
        assertThat(afterIds).as(q.stem()).contains(q.id());
      }
    }
    // the clause's own pillar question keeps its id too: ids follow the fact, not the words
    assertThat(before.stream().filter(q -> q.family().equals("pillar") && Integer.valueOf(5).equals(q.source().clause()))
        .map(Question::id)).allMatch(afterIds::contains);
  }
}
