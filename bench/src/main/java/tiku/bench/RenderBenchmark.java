package tiku.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tiku.Tiku;
import tiku.model.Question;
import tiku.model.QuestionBank;
import tiku.read.ReadOptions;
import tiku.render.RenderOptions;

/**
 * Each renderer on a 40-question and a 2,000-question selection. The large one repeats the sample's
 * questions under new ids, which costs a renderer what 2,000 distinct questions would.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class RenderBenchmark {
  @Param({"pdf", "anki-csv", "apkg", "html", "docx", "xlsx", "moodle-xml", "gift", "qti12", "qti21", "kahoot", "quizlet"})
  public String format;

  @Param({"40", "2000"})
  public int size;

  private QuestionBank bank;
  private List<Question> questions;
  private Path out;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path seed = Path.of(System.getProperty("tiku.seed", "../question-bank/uk-vietnam-2025/source.txt"));
    QuestionBank base = Tiku.generate(seed, ReadOptions.defaults(), "bench");
    List<Question> qs = new ArrayList<>();
    for (int i = 0; qs.size() < size; i++) {
      for (Question q : base.questions()) {
        if (qs.size() == size) {
          break;
        }
        qs.add(new Question(q.id() + "-" + i, q.type(), q.family(), q.stem(), q.options(), q.answer(), q.explanation(),
            q.difficulty(), q.pillar(), q.tags(), q.status(), q.source()));
      }
    }
    bank = base.withQuestions(qs);
    questions = qs;
    out = Files.createTempDirectory("tiku-bench");
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (var s = Files.walk(out)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Benchmark
  public tiku.render.RenderReport render() throws IOException {
    return Tiku.render(bank, questions, format, RenderOptions.defaults(), out);
  }
}
