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

  /** The seed's sentences of 20–90 characters, lines re-joined, in document order. */
  static List<String> seedSentences() throws IOException {
    String text = Files.readString(seed(), StandardCharsets.UTF_8).replaceAll("\\R", "");
    List<String> out = new ArrayList<>();
    for (String s : text.split("(?<=[。；])")) {
      String t = s.strip();
      if (t.length() >= 20 && t.length() <= 90 && !out.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * A bank of {@code n} questions over all five types, whose stems and options are real sentences
   * and phrases of the seed (so the font subset is as varied as a real worksheet's).
   */
  static QuestionBank seedBank(int n) throws IOException {
    List<String> sentences = seedSentences();
    List<Question> qs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String s = sentences.get(i % sentences.size());
      QuestionType type = QuestionType.values()[i % 5];
      QuestionSource src = new QuestionSource(i + 1, String.valueOf(i + 1), s);
      String id = "seed-" + i;
      String head = s.substring(0, Math.min(12, s.length()));
      Question q =
          switch (type) {
            case TRUE_FALSE -> q(id, type, s, List.of("○", "×"), new Answer.Truth(i % 2 == 0), src);
            case MULTIPLE_CHOICE -> {
              List<String> opts = List.of(head + "甲", head + "乙", head + "丙", head + "丁");
              yield q(id, type, (i + 1) + "：" + s, opts, new Answer.Choice(opts.get(i % 4)), src);
            }
            case CLOZE -> {
              int cut = s.length() / 2;
              String ans = s.substring(cut, Math.min(s.length(), cut + 4));
              yield q(id, type, s.substring(0, cut) + "＿＿＿＿" + s.substring(cut + ans.length()), List.of(),
                  Answer.Blanks.of(ans), src);
            }
            case MATCHING -> {
              List<Answer.Pair> pairs = List.of(new Answer.Pair("甲" + i, "子" + head), new Answer.Pair("乙" + i, "丑" + head),
                  new Answer.Pair("丙" + i, "寅" + head));
              yield q(id, type, (i + 1) + " 配對：" + s, List.of("丑" + head, "寅" + head, "子" + head, "卯" + head),
                  new Answer.Pairs(pairs), src);
            }
            case ORDERING -> q(id, type, (i + 1) + " 排序：" + s, List.of("第二" + head, "第一" + head, "第三" + head),
                new Answer.Sequence(List.of("第一" + head, "第二" + head, "第三" + head)), src);
          };
      qs.add(q);
    }
    BankSource bs = new BankSource("英越全面戰略夥伴關係聯合聲明", Language.ZH_HANT, "source.txt", "0".repeat(64), "2025-10-31", List.of());
    return new QuestionBank(QuestionBank.SCHEMA, "seed-sentences", bs, qs);
  }

  static Question q(String id, QuestionType type, String stem, List<String> options, Answer answer, QuestionSource src) {
    return new Question(id, type, "test", stem, options, answer, "說明" + id, Difficulty.MEDIUM, null, List.of(),
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
