package tiku.bank;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import tiku.model.Question;

/**
 * A hash of what a teacher may edit in a question (everything but its id and status). bank.json
 * stores the fingerprint of the text as generated, so a later edit shows as a mismatch even when
 * the teacher did not change the status.
 */
public final class Fingerprint {
  // Looking a digest up by name costs more than hashing one question; each thread keeps its own.
  private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(Fingerprint::sha256);

  private Fingerprint() {}

  /**
   * The first 8 bytes, in hex, of the SHA-256 of the question's editable fields as compact JSON.
   * Banks store these values, so the JSON must stay exactly what Jackson's {@code
   * ObjectNode.toString()} gave for the same fields in the same order (FingerprintTest holds it).
   */
  public static String of(Question q) {
    StringWriter json = new StringWriter(512);
    try (JsonGenerator g = BankJson.MAPPER.getFactory().createGenerator(json)) {
      g.writeStartObject();
      g.writeStringField("type", q.type().id());
      g.writeStringField("stem", q.stem());
      g.writeFieldName("options");
      BankJson.writeStrings(g, q.options());
      g.writeFieldName("answer");
      BankJson.writeAnswer(g, q.answer());
      g.writeStringField("explanation", q.explanation());
      g.writeStringField("difficulty", q.difficulty().id());
      g.writeNumberField("pillar", q.pillar() == null ? -1 : q.pillar());
      g.writeFieldName("tags");
      BankJson.writeStrings(g, q.tags());
      g.writeNumberField("clause", q.source().clause() == null ? -1 : q.source().clause());
      g.writeStringField("quote", q.source().quote());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    MessageDigest md = SHA_256.get();
    md.reset();
    byte[] d = md.digest(json.toString().getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(d, 0, 8);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
