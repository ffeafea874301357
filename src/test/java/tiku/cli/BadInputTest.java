package tiku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input suite: each case is a file a teacher might really hand Tiku, with the one-line
 * error (or the clean success) it must get. Files are made here, not committed, so the suite
 * shows what each case is.
 */
class BadInputTest {
  @TempDir static Path dir;

  private static final String SAMPLE = "雙方重申致力於建立一個自由、開放和包容的印太地區，並簽署《教育合作備忘錄》。\n";

  private static Path file(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  private static Path text(String name, String s, Charset cs) throws IOException {
    return file(name, s.getBytes(cs));
  }

  static Stream<Arguments> refused() throws IOException {
    byte[] random = new byte[4096];
    new Random(42).nextBytes(random);
    byte[] utf8 = SAMPLE.repeat(3).getBytes(StandardCharsets.UTF_8);
    byte[] truncated = java.util.Arrays.copyOf(utf8, utf8.length - 2);
    StringBuilder big = new StringBuilder();
    while (big.length() < 18_000_000) {
      big.append(SAMPLE);
    }
    return Stream.of(
        Arguments.of("empty file", text("empty.txt", "", StandardCharsets.UTF_8), "is empty"),
        Arguments.of("only white space", text("blank.txt", "  \n\t \n　\n", StandardCharsets.UTF_8), "only white space"),
        Arguments.of("binary file", file("image.bin", random), "not text"),
        Arguments.of("truncated UTF-8", file("truncated.txt", truncated), "not valid UTF-8"),
        Arguments.of("UTF-16 without BOM", text("utf16.txt", SAMPLE.repeat(3), StandardCharsets.UTF_16LE), "looks like UTF-16LE without a byte-order mark: pass --encoding UTF-16LE"),
        Arguments.of("50 MB file", text("huge.txt", big.toString(), StandardCharsets.UTF_8), "MB"),
        Arguments.of("PTT post that is all signature",
            text("sig.txt", "作者x (y)\n看板IA\n標題[新聞] 標題\n時間Fri Oct 31 18:22:39 2025\n--\n長亭外，古道邊，芳草碧連天。\n--\n※ 發信站: 批踢踢實業坊(ptt.cc)\n", StandardCharsets.UTF_8),
            "no readable content"),
        Arguments.of("missing file", dir.resolve("nope.txt"), "no such file"),
        Arguments.of("a folder", dir, "folder"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void refusedWithOneLineAndExitOne(String name, Path input, String expected) {
    for (String cmd : new String[] {"facts", "generate"}) {
      CliRun r = cmd.equals("generate") ? CliRun.of(cmd, input.toString(), "--out", dir.resolve("out-" + input.getFileName()).toString()) : CliRun.of(cmd, input.toString());
      assertThat(r.code()).as(cmd + " " + name + ": " + r.err()).isEqualTo(1);
      assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
      assertThat(r.err()).startsWith("tiku: ").contains(input.getFileName().toString()).contains(expected).doesNotContain("\tat ").doesNotContain("Exception");
      assertThat(dir.resolve("out-" + input.getFileName()).resolve("bank.json")).doesNotExist();
    }
  }

  @Test
  void big5ReadAsUtf8AndTheReverseAreRefused() throws IOException {
    Path big5 = text("big5.txt", SAMPLE.repeat(5), Charset.forName("x-windows-950"));
    Path utf8 = text("utf8.txt", SAMPLE.repeat(5), StandardCharsets.UTF_8);
    CliRun a = CliRun.of("facts", "--encoding", "UTF-8", big5.toString());
    assertThat(a.code()).isEqualTo(1);
    assertThat(a.err()).contains("big5.txt").contains("line 1").contains("not valid UTF-8");
    CliRun b = CliRun.of("facts", "--encoding", "Big5", utf8.toString());
    assertThat(b.code()).isEqualTo(1);
    assertThat(b.err()).contains("utf8.txt").contains("not valid Big5");
    // detected, Big5 reads as the same text
    CliRun c = CliRun.of("facts", "--json", big5.toString());
    assertThat(c.code()).as(c.err()).isZero();
    assertThat(c.out()).contains("教育合作備忘錄");
  }

  static Stream<Arguments> survived() throws IOException {
    return Stream.of(
        Arguments.of("unbalanced 《", text("open-title.txt", "一、合作\n1. 雙方同意落實《維也納外交關係公約的規定。\n2. 雙方歡迎簽署《教育合作備忘錄》。\n", StandardCharsets.UTF_8)),
        Arguments.of("unbalanced 「", text("open-quote.txt", "1. 雙方同意通過「減災夥伴關係動員資金。\n2. 雙方同意加強合作。\n", StandardCharsets.UTF_8)),
        Arguments.of("10,000 nested brackets", text("nested.txt", "1. " + "（《「".repeat(10_000) + "協定" + "」》）".repeat(10_000) + "\n", StandardCharsets.UTF_8)),
        Arguments.of("one 5 MB line", text("long-line.txt", "雙方同意加強合作，並簽署《教育合作備忘錄》。".repeat(120_000), StandardCharsets.UTF_8)),
        Arguments.of("clauses and no headings", text("clauses.txt", "1. 雙方同意加強合作。\n2. 雙方歡迎簽署《教育合作備忘錄》。\n3. 雙方重申《聯合國憲章》。\n", StandardCharsets.UTF_8)),
        Arguments.of("headings with prose and no clauses", text("headings.txt", "一、政治合作\n雙方同意加強政治互信。\n二、經濟合作\n雙方歡迎簽署《關於海關合作與行政互助的協定》。\n", StandardCharsets.UTF_8)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("survived")
  void readWithoutCrashing(String name, Path input) {
    CliRun facts = CliRun.of("facts", "--json", input.toString());
    assertThat(facts.code()).as(name + ": " + facts.err()).isZero();
    Path out = dir.resolve("gen-" + input.getFileName());
    CliRun gen = CliRun.of("generate", input.toString(), "--out", out.toString());
    assertThat(gen.code()).as(name + ": " + gen.err()).isZero();
    assertThat(out.resolve("bank.json")).exists();
  }

  @Test
  void anUnwritableOutputFolderIsOneLineAndLeavesNothing() throws IOException {
    Path bank = dir.resolve("deck-w").resolve("bank.json");
    tiku.bank.BankJson.write(bank, tiku.testing.SampleBanks.chinese());
    Path blocker = file("not-a-folder", new byte[] {1});
    CliRun r = CliRun.of("render", bank.toString(), "--format", "anki-csv", "--out", blocker.resolve("sub").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).contains("not-a-folder").doesNotContain("\tat ");
  }

  @Test
  void aFailedRenderLeavesEarlierOutputsAsTheyWere() throws IOException {
    Path bank = dir.resolve("deck-f").resolve("bank.json");
    tiku.bank.BankJson.write(bank, tiku.testing.SampleBanks.chinese());
    Path out = dir.resolve("out-f");
    assertThat(CliRun.of("render", bank.toString(), "--format", "anki-csv", "--out", out.toString()).code()).isZero();
    var before = snapshot(out);
    Files.writeString(bank, Files.readString(bank).replace("\"schema\" : 1", "\"schema\" : 2"));
    CliRun r = CliRun.of("render", bank.toString(), "--format", "anki-csv", "--out", out.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("unknown schema version 2");
    assertThat(snapshot(out)).isEqualTo(before);
  }

  private static java.util.Map<String, String> snapshot(Path d) throws IOException {
    var m = new java.util.TreeMap<String, String>();
    try (var s = Files.list(d)) {
      for (Path p : s.toList()) {
        m.put(p.getFileName().toString(), tiku.Tiku.sha256(p));
      }
    }
    return m;
  }
}
