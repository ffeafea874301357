package tiku.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tiku.Tiku;
import tiku.model.QuestionBank;
import tiku.read.ReadOptions;

/** read + extract + generate on the bundled sample document. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PipelineBenchmark {
  private final Path seed = Path.of(System.getProperty("tiku.seed", "../question-bank/uk-vietnam-2025/source.txt"));

  @Benchmark
  public QuestionBank readExtractGenerate() throws Exception {
    return Tiku.generate(seed, ReadOptions.defaults(), "bench");
  }
}
