package tiku.bank;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import tiku.io.AtomicFiles;
import tiku.io.InputException;
import tiku.model.Answer;
import tiku.model.BankSource;
import tiku.model.Pillar;
import tiku.model.Question;
import tiku.model.QuestionBank;

/**
 * Reads and writes {@code bank.json}. Reading checks every field and names the exact place of the
 * first problem ({@code questions[3].answer}); writing is deterministic, field order fixed.
 */
public final class BankJson {
  static final ObjectMapper MAPPER =
      JsonMapper.builder(JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private BankJson() {}

  public static QuestionBank read(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new InputException(file, null, "is a folder, not a bank.json file");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InputException(file, null, "no such file");
    }
    return parse(file, bytes);
  }

  /** Parses bank JSON; {@code file} is only used to name the place of an error. */
  public static QuestionBank parse(Path file, byte[] bytes) {
    JsonNode root;
    try (JsonParser p = MAPPER.createParser(bytes)) {
      root = MAPPER.readTree(p);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      String place = loc == null ? null : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
      throw new InputException(file, place, "not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new InputException(file, null, "cannot read: " + e.getMessage(), e);
    }
    if (root == null || root.isMissingNode()) {
      throw new InputException(file, null, "empty file: expected a bank.json object");
    }
    return new BankTreeReader(file).bank(root);
  }

  public static void write(Path file, QuestionBank bank) throws IOException {
    AtomicFiles.write(file, out -> write(out, bank));
  }

  public static void write(OutputStream out, QuestionBank bank) throws IOException {
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    // Streams the events straight to the file; building a Jackson tree first was a fifth of batch
    // generation. BankJsonStreamingTest holds the bytes to the tree form banks were written from.
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(new NonClosing(out), JsonEncoding.UTF8)) {
      g.setPrettyPrinter(pp);
      writeBank(g, bank);
    }
    out.write('\n');
  }

  private static void writeBank(JsonGenerator g, QuestionBank bank) throws IOException {
    g.writeStartObject();
    g.writeNumberField("schema", bank.schema());
    g.writeStringField("deck", bank.deck());
    BankSource s = bank.source();
    g.writeObjectFieldStart("source");
    g.writeStringField("title", s.title());
    g.writeStringField("language", s.language().tag());
    g.writeStringField("file", s.file());
    g.writeStringField("sha256", s.sha256());
    g.writeStringField("date", s.date());
    g.writeArrayFieldStart("pillars");
    for (Pillar p : s.pillars()) {
      g.writeStartObject();
      g.writeNumberField("number", p.number());
      g.writeStringField("label", p.label());
      g.writeStringField("heading", p.heading());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeArrayFieldStart("questions");
    for (Question q : bank.questions()) {
      writeQuestion(g, q);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeQuestion(JsonGenerator g, Question q) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", q.id());
    g.writeStringField("type", q.type().id());
    g.writeStringField("family", q.family());
    g.writeStringField("stem", q.stem());
    g.writeFieldName("options");
    writeStrings(g, q.options());
    g.writeFieldName("answer");
    writeAnswer(g, q.answer());
    g.writeStringField("explanation", q.explanation());
    g.writeStringField("difficulty", q.difficulty().id());
    writeIntegerField(g, "pillar", q.pillar());
    g.writeFieldName("tags");
    writeStrings(g, q.tags());
    g.writeStringField("status", q.status().id());
    g.writeObjectFieldStart("source");
    writeIntegerField(g, "clause", q.source().clause());
    g.writeStringField("label", q.source().label());
    g.writeStringField("quote", q.source().quote());
    g.writeEndObject();
    g.writeStringField("fingerprint", Fingerprint.of(q));
    g.writeEndObject();
  }

  private static void writeIntegerField(JsonGenerator g, String name, Integer value) throws IOException {
    if (value == null) {
      g.writeNullField(name);
    } else {
      g.writeNumberField(name, value.intValue());
    }
  }

  /** An answer as bank.json holds it: an option's text, true/false, a blank's text or a list of them, pairs, a sequence. */
  static void writeAnswer(JsonGenerator g, Answer a) throws IOException {
    if (a instanceof Answer.Choice c) {
      g.writeString(c.option());
    } else if (a instanceof Answer.Truth t) {
      g.writeBoolean(t.value());
    } else if (a instanceof Answer.Blanks b) {
      if (b.texts().size() == 1) {
        g.writeString(b.texts().get(0));
      } else {
        writeStrings(g, b.texts());
      }
    } else if (a instanceof Answer.Pairs p) {
      g.writeStartArray();
      for (Answer.Pair x : p.pairs()) {
        g.writeStartArray();
        g.writeString(x.left());
        g.writeString(x.right());
        g.writeEndArray();
      }
      g.writeEndArray();
    } else {
      writeStrings(g, ((Answer.Sequence) a).items());
    }
  }

  /** A JSON array of strings. */
  static void writeStrings(JsonGenerator g, java.util.List<String> items) throws IOException {
    g.writeStartArray();
    for (String s : items) {
      g.writeString(s);
    }
    g.writeEndArray();
  }

  public static String toJson(QuestionBank bank) {
    try {
      var bos = new java.io.ByteArrayOutputStream();
      write(bos, bank);
      return bos.toString(java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Jackson closes the stream it writes to; the caller owns it. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
