import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;

/** Floor probe: Jackson reads the sample bank.json into a tree (as BankJson does: readTree). */
public final class JacksonTree {
  public static void main(String[] args) throws Exception {
    run(Path.of(args[0]), Path.of(args[1]));
  }

  static void run(Path bank, Path out) throws Exception {
    JsonNode root = new ObjectMapper().readTree(bank.toFile());
    Files.writeString(out, root.get("questions").size() + " questions\n");
  }
}
