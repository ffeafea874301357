package tiku.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tiku.extract.FactExtractor;

/**
 * Reading and extraction take time linear in the input: eight times the text may take at most
 * about eight times as long (a generous factor of 24, over at least 20 ms, absorbs noise on a shared machine; a
 * quadratic path would take 64 times). Inputs aim at each rule's weak spot.
 */
class LinearTimeTest {
  private static final int BASE = 12_000;
  private static final int FACTOR = 8;
  private static final double MAX_RATIO = 24;
  private static final long FLOOR_NANOS = 20_000_000;

  /** CPU time of this thread: other processes on a shared machine do not count against us. */
  private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

  static Stream<Arguments> inputs() {
    String seed = Fixtures.text(Fixtures.SEED);
    return Stream.of(
        Arguments.of("seed repeated", (IntFunction<String>) n -> repeat(seed, n)),
        Arguments.of("unclosed brackets", (IntFunction<String>) n -> repeat("《「(（“", n)),
        Arguments.of("one long Han line", (IntFunction<String>) n -> repeat("越南與英國合作委員會總書記部", n)),
        Arguments.of("titles without names", (IntFunction<String>) n -> repeat("總書記首相主席", n)),
        Arguments.of("capitalised words", (IntFunction<String>) n -> repeat("Global Plan Framework Agency of The ", n)),
        Arguments.of("brackets after names", (IntFunction<String>) n -> repeat("委員會(AB)首相王林(To Lam)", n)),
        Arguments.of("numbered lines", (IntFunction<String>) n -> repeat("1. 甲\n2. 乙\n一、丙\n——丁\n", n)),
        Arguments.of("dots and years", (IntFunction<String>) n -> repeat("U.S. in 2020. 2021年5月 1.5% $3 ", n)),
        Arguments.of("no newlines at all", (IntFunction<String>) n -> repeat("abc def ", n)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void eightTimesTheTextTakesAboutEightTimesAsLong(String name, IntFunction<String> make) {
    org.junit.jupiter.api.Assumptions.assumeTrue(CPU.isCurrentThreadCpuTimeSupported(), "no thread CPU time");
    assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
      String small = make.apply(BASE);
      String large = make.apply(BASE * FACTOR);
      run(small); // warm up the JIT
      long tSmall = best(small);
      long tLarge = best(large);
      double ratio = (double) tLarge / Math.max(tSmall, FLOOR_NANOS);
      System.err.printf("LinearTimeTest %s: %d chars %.1f ms, %d chars %.1f ms, ratio %.1f%n",
          name, small.length(), tSmall / 1e6, large.length(), tLarge / 1e6, ratio);
      assertThat(ratio).as(name).isLessThan(MAX_RATIO);
    });
  }

  private static long best(String text) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 2; i++) {
      long t0 = CPU.getCurrentThreadCpuTime();
      run(text);
      best = Math.min(best, CPU.getCurrentThreadCpuTime() - t0);
    }
    return best;
  }

  private static void run(String text) {
    FactExtractor.extract(PlainTextReader.read(text));
  }

  private static String repeat(String unit, int length) {
    StringBuilder sb = new StringBuilder(length + unit.length());
    while (sb.length() < length) {
      sb.append(unit);
    }
    return sb.toString();
  }
}
