package tiku.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import tiku.io.InputException;

class SideBySideTest {
  @Test
  void bytesComeBackInTheOrderAskedForWhicheverFinishesFirst() {
    List<Callable<byte[]>> docs = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      int n = i;
      docs.add(() -> {
        Thread.sleep(30L * (6 - n)); // the last asked for finishes first
        return ("doc " + n).getBytes(StandardCharsets.UTF_8);
      });
    }
    List<byte[]> out = SideBySide.make(docs);
    assertThat(out).extracting(b -> new String(b, StandardCharsets.UTF_8))
        .containsExactly("doc 0", "doc 1", "doc 2", "doc 3", "doc 4", "doc 5");
  }

  @Test
  void aDocumentsInputErrorReachesTheCallerAsItself() {
    InputException missing = new InputException(null, "--font", "no glyph");
    List<Callable<byte[]>> docs = List.of(() -> new byte[0], () -> {
      throw missing;
    });
    assertThatThrownBy(() -> SideBySide.make(docs)).isSameAs(missing);
  }
}
