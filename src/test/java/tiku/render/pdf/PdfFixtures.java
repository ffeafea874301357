package tiku.render.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import tiku.model.Answer;
import tiku.model.BankSource;
import tiku.model.Difficulty;
import tiku.model.Language;
import tiku.model.Question;
import tiku.model.QuestionBank;
import tiku.model.QuestionSource;
import tiku.model.QuestionType;
import tiku.model.Status;

/** Banks built from the seed document's own sentences, and PDF text read back with PDFBox. */
final class PdfFixtures {
  private PdfFixtures() {}

  static Path seed() {
    return Path.of(System.getProperty("tiku.root", "."), "question-bank", "uk-vietnam-2025", "source.txt");
  }

  static Path doc(String name) {
    return Path.of(System.getProperty("tiku.root", "."), "src", "test", "resources", "docs", name);
  }

  /** A file's sentences of 20–90 characters (Chinese) or 40–200 (English), lines re-joined. */
  static List<String> sentences(Path file, Language lang) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    text = lang.isChinese() ? text.replaceAll("\\R", "") : text.replaceAll("\\s+", " ");
    int min = lang.isChinese() ? 20 : 40;
    int max = lang.isChinese() ? 90 : 200;
    List<String> out = new ArrayList<>();
    for (String s : text.split(lang.isChinese() ? "(?<=[。；])" : "(?<=\\. )")) {
      String t = s.strip();
      if (t.length() >= min && t.length() <= max && !out.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }

  /** The seed document's bank of {@code n} questions. */
  static QuestionBank seedBank(int n) throws IOException {
    return sentenceBank(seed(), Language.ZH_HANT, "seed-sentences", "英越全面戰略夥伴關係聯合聲明", n);
  }

  /**
   * A bank of {@code n} questions over all five types, whose stems and options are real sentences
   * and phrases of a document (so the font subset is as varied as a real worksheet's).
   */
  static QuestionBank sentenceBank(Path file, Language lang, String deck, String title, int n) throws IOException {
    List<String> sentences = sentences(file, lang);
    List<Question> qs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String s = sentences.get(i % sentences.size());
      QuestionType type = QuestionType.values()[i % 5];
      QuestionSource src = new QuestionSource(i + 1, String.valueOf(i + 1), s);
      String id = "q-" + i;
      String head = s.substring(0, Math.min(lang.isChinese() ? 12 : 24, s.length())).strip();
      Question q =
          switch (type) {
            case TRUE_FALSE -> q(id, type, s, List.of(), new Answer.Truth(i % 2 == 0), src);
            case MULTIPLE_CHOICE -> {
              List<String> opts = List.of(head + " 1", head + " 2", head + " 3", head + " 4");
              yield q(id, type, (i + 1) + ": " + s, opts, new Answer.Choice(opts.get(i % 4)), src);
            }
            case CLOZE -> {
              int cut = s.length() / 2;
              String ans = s.substring(cut, Math.min(s.length(), cut + 4));
              yield q(id, type, s.substring(0, cut) + "＿＿＿＿" + s.substring(cut + ans.length()), List.of(),
                  Answer.Blanks.of(ans), src);
            }
            case MATCHING -> {
              List<Answer.Pair> pairs = List.of(new Answer.Pair("L1-" + i, "R1 " + head), new Answer.Pair("L2-" + i, "R2 " + head),
                  new Answer.Pair("L3-" + i, "R3 " + head));
              yield q(id, type, (i + 1) + " M: " + s, List.of("R2 " + head, "R3 " + head, "R1 " + head, "R4 " + head),
                  new Answer.Pairs(pairs), src);
            }
            case ORDERING -> q(id, type, (i + 1) + " O: " + s, List.of("S2 " + head, "S1 " + head, "S3 " + head),
                new Answer.Sequence(List.of("S1 " + head, "S2 " + head, "S3 " + head)), src);
          };
      qs.add(q);
    }
    BankSource bs = new BankSource(title, lang, file.getFileName().toString(), "0".repeat(64), "2025-10-31", List.of());
    return new QuestionBank(QuestionBank.SCHEMA, deck, bs, qs);
  }

  static Question q(String id, QuestionType type, String stem, List<String> options, Answer answer, QuestionSource src) {
    return new Question(id, type, "test", stem, options, answer, "Explanation " + id, Difficulty.MEDIUM, null, List.of(),
        Status.NEW, src);
  }

  /** The PDF's text, lines in reading order. */
  static String text(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper s = new PDFTextStripper();
      s.setSortByPosition(true);
      return s.getText(doc);
    }
  }

  static String squeeze(String s) {
    return s.replaceAll("\\s+", "");
  }
}
