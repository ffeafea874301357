package tiku.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OptionLayoutTest {
  @Test
  void shortOptionsShareOneRowMiddlingOnesTwoLongOnesOneEach() {
    assertThat(OptionLayout.columns(List.of(40f, 50f, 45f, 60f), 440f)).isEqualTo(4);
    assertThat(OptionLayout.columns(List.of(150f, 120f, 180f, 100f), 440f)).isEqualTo(2);
    assertThat(OptionLayout.columns(List.of(150f, 120f, 300f, 100f), 440f)).isEqualTo(1);
    assertThat(OptionLayout.columns(List.of(80f, 90f, 70f), 440f)).isEqualTo(3);
    assertThat(OptionLayout.columns(List.of(160f, 150f, 170f), 440f)).as("no odd one out").isEqualTo(1);
  }
}
