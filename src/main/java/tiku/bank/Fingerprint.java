package tiku.bank;

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
  private Fingerprint() {}

  public static String of(Question q) {
    var node = BankJson.MAPPER.createObjectNode();
    node.put("type", q.type().id());
    node.put("stem", q.stem());
    var opts = node.putArray("options");
    q.options().forEach(opts::add);
    node.set("answer", BankJson.answer(q.answer()));
    node.put("explanation", q.explanation());
    node.put("difficulty", q.difficulty().id());
    node.put("pillar", q.pillar() == null ? -1 : q.pillar());
    var tags = node.putArray("tags");
    q.tags().forEach(tags::add);
    node.put("clause", q.source().clause() == null ? -1 : q.source().clause());
    node.put("quote", q.source().quote());
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256")
              .digest(node.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
