package tiku.read;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import tiku.extract.FactExtractor;
import tiku.io.InputException;
import tiku.model.Document;

/**
 * Jazzer fuzzing of reading and extraction. In {@code mvn verify} it replays the committed corpus
 * in ReadFuzzTestInputs/ (regression mode); {@code JAZZER_FUZZ=1 mvn test -Dtest=ReadFuzzTest}
 * fuzzes for real for up to 10 minutes (see README). Any input must give a Document or a one-line InputException.
 */
class ReadFuzzTest {
  private static final Path NAME = Path.of("fuzz.txt");

  @FuzzTest(maxDuration = "10m")
  void readAndExtract(byte[] data) {
    Document doc;
    try {
      doc = Readers.read(NAME, data, ReadOptions.defaults());
    } catch (InputException e) {
      if (e.oneLine().contains("\n")) {
        throw new AssertionError("a multi-line error: " + e.oneLine());
      }
      return;
    }
    FactExtractor.extract(doc);
  }
}
