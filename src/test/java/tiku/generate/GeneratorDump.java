package tiku.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tiku.model.Facts;
import tiku.model.Question;

/** Prints a generated bank for reading by eye: {@code java ... tiku.generate.GeneratorDump}. */
final class GeneratorDump {
  private GeneratorDump() {}

  static void dump(Facts facts, Path out) throws Exception {
    List<Question> qs = QuestionGenerator.generate(facts);
    ObjectMapper om = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    Files.writeString(out, om.writeValueAsString(qs));
  }
}
