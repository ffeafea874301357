package tiku.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import tiku.model.Difficulty;
import tiku.model.QuestionType;
import tiku.model.Status;
import tiku.select.Selection;

/** The selection options shared by every command that outputs questions. */
public final class SelectionOptions {
  @Option(names = "--pillar", paramLabel = "PILLAR", description = "Pillar number or part of its heading (repeatable).")
  List<String> pillars = new ArrayList<>();

  @Option(names = "--difficulty", split = ",", paramLabel = "LEVEL", converter = DifficultyConverter.class,
      description = "easy, medium or hard (repeatable, or comma-separated).")
  List<Difficulty> difficulties = new ArrayList<>();

  @Option(names = "--type", split = ",", paramLabel = "TYPE", converter = TypeConverter.class,
      description = "true_false, multiple_choice, cloze, matching or ordering (repeatable).")
  List<QuestionType> types = new ArrayList<>();

  @Option(names = "--status", split = ",", paramLabel = "STATUS", converter = StatusConverter.class,
      description = "new, approved or edited (rejected questions are never selected).")
  List<Status> statuses = new ArrayList<>();

  @Option(names = "--count", paramLabel = "N", description = "At most N questions, sampled with the seed, spread over types.")
  Integer count;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed for sampling and shuffling (default: ${DEFAULT-VALUE}).")
  long seed;

  public Selection toSelection() {
    if (count != null && count < 1) {
      throw new UsageException("--count must be at least 1");
    }
    return new Selection(pillars, difficulties, types, statuses, count, seed);
  }

  static final class DifficultyConverter implements ITypeConverter<Difficulty> {
    @Override
    public Difficulty convert(String v) {
      return Difficulty.fromId(v.strip().toLowerCase(java.util.Locale.ROOT));
    }
  }

  static final class TypeConverter implements ITypeConverter<QuestionType> {
    @Override
    public QuestionType convert(String v) {
      return QuestionType.fromId(v.strip().toLowerCase(java.util.Locale.ROOT).replace('-', '_'));
    }
  }

  static final class StatusConverter implements ITypeConverter<Status> {
    @Override
    public Status convert(String v) {
      return Status.fromId(v.strip().toLowerCase(java.util.Locale.ROOT));
    }
  }
}
