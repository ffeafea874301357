package tiku.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** overlap() counts the heading's units the lower-cased passage contains, whatever the way it finds them. */
class PillarCueTest {
  @Property(tries = 2000)
  void overlapCountsTheUnitsThePassageContains(@ForAll("texts") String passage, @ForAll("texts") String heading) {
    String lower = passage.toLowerCase(Locale.ROOT);
    long expected = PillarCue.units(heading).stream().filter(lower::contains).count();
    PillarCue cue = new PillarCue();
    assertThat(cue.overlap(passage, heading)).as("%s / %s", passage, heading).isEqualTo((int) expected);
    assertThat(cue.overlap(passage, heading)).isEqualTo((int) expected); // again, from what it remembers
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of("經濟", "貿易", "合作", "、", "與", "安全", "國防", "科技", "創新", "Trade", "TRADE", "security",
            " and ", "Innovation", "教育", "x", "İ", " ")
        .list().ofMaxSize(8).map(l -> String.join("", l));
  }
}
