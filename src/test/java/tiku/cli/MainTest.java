package tiku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tiku.bank.BankJson;
import tiku.testing.SampleBanks;

class MainTest {
  @TempDir Path dir;
  Path bank;

  @BeforeEach
  void writeBank() throws Exception {
    bank = dir.resolve("deck").resolve("bank.json");
    BankJson.write(bank, SampleBanks.chinese());
  }

  @Test
  void listJsonReturnsOnlyTheSelection() throws Exception {
    CliRun r = CliRun.of("list", bank.toString(), "--pillar", "2", "--difficulty", "hard", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("questions")).isNotEmpty();
    for (JsonNode q : root.get("questions")) {
      assertThat(q.get("pillar").asInt()).isEqualTo(2);
      assertThat(q.get("difficulty").asText()).isEqualTo("hard");
    }
  }

  @Test
  void exportPrintsWhatAFormatChangedOnTheCommandsErr() {
    CliRun r = CliRun.of("export", bank.toString(), "--format", "qti12", "--out", dir.resolve("out").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("-qti12.zip");
    // the chinese sample has one ordering question, which QTI 1.2 can only carry as matching
    assertThat(r.err().lines().filter(l -> l.startsWith("tiku: qti12: ")))
        .containsExactly("tiku: qti12: zh-order-1: QTI 1.2 (Canvas classic quizzes) has no ordering type; "
            + "exported as matching of each position to its item");
  }

  @Test
  void listTableShowsIdsAndStems() {
    CliRun r = CliRun.of("list", bank.toString(), "--type", "multiple_choice");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("zh-mc-1", "依聯合聲明").doesNotContain("zh-tf-1");
  }

  @Test
  void statsCountsByTypeAndPillar() throws Exception {
    CliRun r = CliRun.of("stats", bank.toString(), "--json");
    assertThat(r.code()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("questions").asInt()).isEqualTo(SampleBanks.chinese().questions().size());
    assertThat(root.get("type").get("multiple_choice").asInt()).isEqualTo(2);
  }

  @Test
  void unknownPillarIsAUsageErrorListingThePillars() {
    CliRun r = CliRun.of("list", bank.toString(), "--pillar", "7");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no pillar '7'").contains("加強經濟、貿易、投資與金融合作").doesNotContain("\tat ");
  }

  @Test
  void aSelectionOfNothingIsBadInput() {
    CliRun r = CliRun.of("list", bank.toString(), "--pillar", "1", "--type", "cloze");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip()).startsWith("tiku: ").contains("bank.json").contains("no question matches the selection --pillar 1 --type cloze");
    assertThat(r.err().strip().lines()).hasSize(1);
  }

  @Test
  void malformedBankIsOneLineWithThePlace() throws Exception {
    Files.writeString(bank, "{ \"schema\": 1, ");
    CliRun r = CliRun.of("list", bank.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).contains(bank.toString()).contains("line 1");
  }

  @Test
  void debugShowsTheStackTrace() throws Exception {
    Files.writeString(bank, "[]");
    CliRun r = CliRun.of("list", bank.toString(), "--debug");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("\tat ");
  }

  @Test
  void missingFileAndUnknownFormat() {
    CliRun missing = CliRun.of("list", dir.resolve("nope.json").toString());
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("nope.json").contains("no such file");
    CliRun fmt = CliRun.of("render", bank.toString(), "--format", "pdfx");
    assertThat(fmt.code()).isEqualTo(2);
    assertThat(fmt.err()).contains("unknown format 'pdfx'");
  }

  @Test
  void badUsage() {
    assertThat(CliRun.of("list", "--count", "x").code()).isEqualTo(2);
    assertThat(CliRun.of("frobnicate").code()).isEqualTo(2);
    assertThat(CliRun.of("list", bank.toString(), "--difficulty", "trivial").code()).isEqualTo(2);
    assertThat(CliRun.of("render", bank.toString(), "--paper", "A3").code()).isEqualTo(2);
  }

  @Test
  void helpAndVersion() {
    CliRun help = CliRun.of("render", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("--pillar", "--difficulty", "--type", "--count", "--seed", "--format", "--forms");
    assertThat(CliRun.of("--version").out()).startsWith("tiku ");
  }

  @Test
  void topLevelHelpAndHelpCommandStillKnowEveryCommand() {
    CliRun top = CliRun.of("--help");
    assertThat(top.code()).isZero();
    assertThat(top.out()).contains("facts", "generate", "list", "stats", "render", "export", "build", "import");
    CliRun help = CliRun.of("help", "export");
    assertThat(help.code()).as(help.err()).isZero();
    assertThat(help.out()).contains("Usage: tiku export");
    CliRun bare = CliRun.of();
    assertThat(bare.code()).isEqualTo(2);
    assertThat(bare.err()).contains("name a command");
  }

  @Test
  void aNamedCommandRegistersOnlyItselfAndOptionsBeforeItDoNotHideIt() {
    assertThat(Main.commandsFor("list", "--json")).containsExactly(ListCommand.class);
    assertThat(Main.commandsFor("--debug", "render", "x")).containsExactly(RenderCommand.class);
    assertThat(Main.commandsFor("frobnicate")).hasSizeGreaterThan(8);
    CliRun debugFirst = CliRun.of("--debug", "list", bank.toString(), "--type", "multiple_choice");
    assertThat(debugFirst.code()).as(debugFirst.err()).isZero();
    assertThat(debugFirst.out()).contains("multiple_choice");
  }

  @Test
  void aFormatThatFailsIsOneErrorAndTheOtherFormatsStillWriteAndPrintInOrder() throws Exception {
    Path font = dir.resolve("not-a-font.ttf");
    Files.writeString(font, "not a font");
    Path out = dir.resolve("out");
    CliRun r = CliRun.of("render", bank.toString(), "--format", "html,pdf,anki-csv", "--font", font.toString(), "--out", out.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().lines().toList()).singleElement().asString().contains("not-a-font.ttf").contains("not a TrueType font");
    List<String> printed = r.out().lines().toList();
    assertThat(printed).isNotEmpty().allSatisfy(p -> assertThat(Path.of(p)).exists());
    assertThat(printed.get(0)).endsWith("-selftest.html");
    assertThat(printed.subList(1, printed.size())).allSatisfy(p -> assertThat(p).endsWith(".csv"));
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".pdf"));
    }
  }
}
