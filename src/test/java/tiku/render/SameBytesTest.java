package tiku.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tiku.Tiku;
import tiku.model.QuestionBank;
import tiku.testing.SampleBanks;

/**
 * Same bank and seed give byte-identical files in every format, whenever and wherever they are
 * written: no clock, random id, path or map order leaks into an output.
 */
class SameBytesTest {
  @TempDir Path dir;

  @Test
  void everyFormatWritesTheSameBytesTwice() throws Exception {
    List<QuestionBank> banks = List.of(SampleBanks.chinese(), SampleBanks.english(), SampleBanks.hostile());
    RenderOptions options = RenderOptions.defaults().withSeed(7).withForms(List.of("A", "B"));
    renderAll(banks, options, dir.resolve("first"));
    // zip entries and some office formats store times in two-second steps: write the second copy
    // after such a step, so a clock that leaked in would show
    Thread.sleep(2100);
    renderAll(banks, options, dir.resolve("second"));

    Map<String, byte[]> first = files(dir.resolve("first"));
    Map<String, byte[]> second = files(dir.resolve("second"));
    assertThat(second.keySet()).isEqualTo(first.keySet());
    for (String format : Renderers.ALL_FORMATS) {
      assertThat(first.keySet()).as("files of " + format).anyMatch(name -> name.startsWith(format + "/"));
    }
    SoftAssertions soft = new SoftAssertions();
    first.forEach((name, bytes) -> soft.assertThat(second.get(name)).as(name).isEqualTo(bytes));
    soft.assertAll();
  }

  private static void renderAll(List<QuestionBank> banks, RenderOptions options, Path root) throws IOException {
    for (String format : Renderers.ALL_FORMATS) {
      for (int i = 0; i < banks.size(); i++) {
        QuestionBank bank = banks.get(i);
        Tiku.render(bank, bank.questions(), format, options, root.resolve(format).resolve("bank-" + i));
      }
    }
  }

  private static Map<String, byte[]> files(Path root) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (var walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return out;
  }
}
