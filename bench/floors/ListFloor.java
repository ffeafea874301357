import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Floor of {@code tiku list}, in one JVM: picocli parses a one-parameter command whose call reads
 * the bank with Jackson (readTree) and prints one line per question.
 */
@Command(name = "list")
public final class ListFloor implements Callable<Integer> {
  @Parameters(index = "0")
  Path bank;

  @Override
  public Integer call() throws Exception {
    JsonNode root = new ObjectMapper().readTree(bank.toFile());
    StringBuilder table = new StringBuilder();
    for (JsonNode q : root.get("questions")) {
      table.append(q.get("id").asText()).append('\t').append(q.get("type").asText()).append('\n');
    }
    System.out.print(table);
    return 0;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new ListFloor()).execute(args));
  }
}
