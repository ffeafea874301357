package tiku.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tiku.extract.FactExtractor;
import tiku.extract.FactsJson;
import tiku.io.InputException;
import tiku.model.Document;
import tiku.model.SourceSpan;

/** No text crashes reading or extraction, and every span stays inside the source. */
class ReadingPropertiesTest {
  /** Characters that the rules react to, so that random text exercises them. */
  private static final String MARKS =
      "《》「」『』()（）“”\"-—–.．、,，。；;:：!?！？ \n\n\n\t\u3000\uFEFF0123456789一二三十第章條AZaz"
          + "協定公約宣言夥伴關係部委員會總書記首相年月日億%$#*※作者看板標題時間記者編輯https://x.y/";

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> marks = Arbitraries.strings().withChars(MARKS.toCharArray()).ofMaxLength(400);
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(300);
    Arbitrary<String> seedPieces = Arbitraries.of(Fixtures.text(Fixtures.SEED).split("\n")).list().ofMaxSize(40).map(l -> String.join("\n", l));
    return Arbitraries.oneOf(marks, any, seedPieces);
  }

  @Property(tries = 300)
  void anyTextReadsAndExtractsWithoutCrashing(@ForAll("texts") String text) {
    Document d = PlainTextReader.read(text);
    check(d);
    FactsJson.write(FactExtractor.extract(d));
    if (PttPostReader.looksLike(text)) {
      check(PttPostReader.read(new LineIndex(TextReader.normalise(text))));
    }
  }

  @Property(tries = 100)
  void anyBytesEitherReadOrFailWithAnInputException(@ForAll byte[] bytes) throws Exception {
    Path f = Files.createTempFile("tiku-prop", ".txt");
    try {
      Files.write(f, bytes);
      Document d = Readers.read(f, ReadOptions.defaults());
      check(d);
      FactExtractor.extract(d);
    } catch (InputException expected) {
      assertThat(expected.oneLine()).doesNotContain("\n");
    } finally {
      Files.deleteIfExists(f);
    }
  }

  private static void check(Document d) {
    int n = d.source().length();
    d.clauses().forEach(c -> {
      inside(c.span(), n);
      assertThat(d.content()).contains(c.text());
      c.sentences().forEach(s -> inside(s.span(), n));
    });
    d.paragraphs().forEach(p -> {
      inside(p.span(), n);
      p.sentences().forEach(s -> inside(s.span(), n));
    });
    d.sections().forEach(s -> inside(s.span(), n));
  }

  private static void inside(SourceSpan s, int n) {
    assertThat(s.end()).isLessThanOrEqualTo(n);
  }
}
