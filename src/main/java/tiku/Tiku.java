package tiku;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import tiku.extract.FactExtractor;
import tiku.generate.QuestionGenerator;
import tiku.model.BankSource;
import tiku.model.Document;
import tiku.model.Facts;
import tiku.model.Pillar;
import tiku.model.Question;
import tiku.model.QuestionBank;
import tiku.read.ReadOptions;
import tiku.read.Readers;
import tiku.render.RenderJob;
import tiku.render.RenderReport;
import tiku.render.ReportingRenderer;
import tiku.render.RenderOptions;
import tiku.render.Renderer;
import tiku.render.Renderers;
import tiku.select.Selection;
import tiku.select.Selector;

/** The pipeline in one place: read → extract → generate → select → render. */
public final class Tiku {
  private Tiku() {}

  public static Document read(Path source, ReadOptions options) throws IOException {
    return Readers.read(source, options);
  }

  public static Facts extract(Document document) {
    return FactExtractor.extract(document);
  }

  /** Reads, extracts and generates a whole bank for {@code deck} from a source document. */
  public static QuestionBank generate(Path source, ReadOptions options, String deck) throws IOException {
    // one read serves both the parse and the hash, so the two always describe the same bytes
    byte[] bytes = Readers.load(source);
    Document doc = Readers.read(source, bytes, options);
    Facts facts = extract(doc);
    List<Question> questions = QuestionGenerator.generate(facts);
    List<Pillar> pillars =
        doc.sections().stream().map(s -> new Pillar(s.number(), s.label(), s.heading())).toList();
    BankSource src =
        new BankSource(
            doc.title(), doc.language(), source.getFileName().toString(), hex(sha256().digest(bytes)), documentDate(doc), pillars);
    return new QuestionBank(QuestionBank.SCHEMA, deck, src, questions);
  }

  public static List<Question> select(QuestionBank bank, Selection selection) {
    return Selector.select(bank, selection);
  }

  /** Renders in one format; the report lists the files and any question the format could not hold. */
  public static RenderReport render(
      QuestionBank bank, List<Question> questions, String format, RenderOptions options, Path outDir)
      throws IOException {
    Renderer r =
        Renderers.forFormat(format)
            .orElseThrow(() -> new IllegalArgumentException("unknown format '" + format + "' (" + String.join(", ", Renderers.ALL_FORMATS) + ")"));
    RenderJob job = new RenderJob(bank, questions, options, outDir);
    if (r instanceof ReportingRenderer rr) {
      return rr.report(job);
    }
    return new RenderReport(r.render(job), List.of());
  }

  /** The document's date as yyyy-MM-dd, from its metadata, or null. */
  static String documentDate(Document doc) {
    String d = doc.metadata().get("date");
    if (d != null && d.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return d;
    }
    String ptt = doc.metadata().get("time");
    if (ptt != null) {
      try {
        // PTT's header time, e.g. "Fri Oct 31 18:22:39 2025"
        var f = java.time.format.DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", java.util.Locale.ENGLISH);
        return java.time.LocalDateTime.parse(ptt.strip().replaceAll("\\s+", " "), f).toLocalDate().toString();
      } catch (java.time.format.DateTimeParseException e) {
        return null;
      }
    }
    return null;
  }

  /** The SHA-256 of a file, as bank.json records it for its source. */
  public static String sha256(Path file) throws IOException {
    MessageDigest md = sha256();
    try (var in = Files.newInputStream(file)) {
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
    }
    return hex(md.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hex(byte[] digest) {
    return HexFormat.of().formatHex(digest);
  }
}
