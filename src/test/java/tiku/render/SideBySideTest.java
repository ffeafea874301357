package tiku.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import tiku.io.InputException;

class SideBySideTest {
  @Test
  void valuesComeBackInTheOrderAskedForWhicheverFinishesFirst() throws Exception {
    List<Callable<byte[]>> docs = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      int n = i;
      docs.add(() -> {
        Thread.sleep(30L * (6 - n)); // the last asked for finishes first
        return ("doc " + n).getBytes(StandardCharsets.UTF_8);
      });
    }
    List<byte[]> out = SideBySide.values(docs, "test");
    assertThat(out).extracting(b -> new String(b, StandardCharsets.UTF_8))
        .containsExactly("doc 0", "doc 1", "doc 2", "doc 3", "doc 4", "doc 5");
  }

  @Test
  void anInputErrorReachesTheCallerAsItself() {
    InputException missing = new InputException(null, "--font", "no glyph");
    List<Callable<byte[]>> docs = List.of(() -> new byte[0], () -> {
      throw missing;
    });
    assertThatThrownBy(() -> SideBySide.values(docs, "test")).isSameAs(missing);
  }

  @Test
  void aFailureDoesNotStopTheOthersAndTheFirstInOrderIsTheOneThrown() throws Exception {
    IOException first = new IOException("first");
    List<Callable<String>> tasks = List.of(
        () -> "a",
        () -> {
          throw first;
        },
        () -> "c",
        () -> {
          throw new IllegalStateException("second");
        });
    List<SideBySide.Outcome<String>> outcomes = SideBySide.run(tasks, "test");
    assertThat(outcomes).extracting(SideBySide.Outcome::value).containsExactly("a", null, "c", null);
    assertThat(outcomes.get(1).failure()).isSameAs(first);
    assertThatThrownBy(() -> SideBySide.values(tasks, "test")).isSameAs(first);
  }
}
