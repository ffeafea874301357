package tiku.cli;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tiku.model.Question;

/** {@code tiku stats}: how the selected questions spread over types, pillars, difficulties and statuses. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Count the selected questions by type, pillar, difficulty and status.")
final class StatsCommand implements Callable<Integer> {
  @Mixin DeckArgument deckArgument;

  @Mixin SelectionOptions selection;

  @Option(names = "--json", description = "Print the counts as JSON.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    SelectedQuestions s = SelectedQuestions.load(deckArgument.deck, selection, spec.commandLine().getErr());
    Map<String, Map<String, Integer>> groups = new java.util.LinkedHashMap<>();
    groups.put("type", count(s, q -> q.type().id()));
    groups.put("pillar", count(s, q -> q.pillar() == null ? "none" : String.valueOf(q.pillar())));
    groups.put("difficulty", count(s, q -> q.difficulty().id()));
    groups.put("status", count(s, q -> q.status().id()));
    if (json) {
      var mapper = JsonMapper.builder().build();
      ObjectNode root = mapper.createObjectNode();
      root.put("deck", s.bank().deck());
      root.put("questions", s.questions().size());
      groups.forEach((k, v) -> v.forEach((kk, n) -> root.with(k).put(kk, n)));
      out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    } else {
      out.printf("%s: %d questions%n", s.bank().deck(), s.questions().size());
      groups.forEach(
          (k, v) -> {
            out.println();
            out.println(k);
            v.forEach(
                (kk, n) -> {
                  String label = kk;
                  if (k.equals("pillar") && !kk.equals("none")) {
                    label = kk + " " + s.bank().pillar(Integer.valueOf(kk)).map(p -> p.heading()).orElse("");
                  }
                  out.printf("  %5d  %s%n", n, label);
                });
          });
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static Map<String, Integer> count(SelectedQuestions s, Function<Question, String> key) {
    Map<String, Integer> m = new TreeMap<>(StatsCommand::compareKeys);
    s.questions().forEach(q -> m.merge(key.apply(q), 1, Integer::sum));
    return m;
  }

  /** Numbers in numeric order, then words. */
  private static int compareKeys(String a, String b) {
    boolean na = a.chars().allMatch(Character::isDigit);
    boolean nb = b.chars().allMatch(Character::isDigit);
    if (na && nb) {
      return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
    }
    return na ? -1 : nb ? 1 : a.compareTo(b);
  }
}
