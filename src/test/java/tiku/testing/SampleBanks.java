package tiku.testing;

import java.util.List;
import tiku.model.Answer;
import tiku.model.BankSource;
import tiku.model.Difficulty;
import tiku.model.Language;
import tiku.model.Pillar;
import tiku.model.Question;
import tiku.model.QuestionBank;
import tiku.model.QuestionSource;
import tiku.model.QuestionType;
import tiku.model.Status;

/**
 * Small hand-made banks for renderer tests: every question type, in Chinese and in English, and
 * one full of hostile text. Renderer tests that need real questions generate them from the seed.
 */
public final class SampleBanks {
  private SampleBanks() {}

  public static QuestionBank chinese() {
    List<Pillar> pillars =
        List.of(new Pillar(1, "一", "加強政治、外交、國防與安全合作"), new Pillar(2, "二", "加強經濟、貿易、投資與金融合作"));
    BankSource src = new BankSource("英越全面戰略夥伴關係聯合聲明", Language.ZH_HANT, "source.txt", "0".repeat(64), "2025-10-31", pillars);
    List<Question> qs =
        List.of(
            q("zh-tf-1", QuestionType.TRUE_FALSE, "year", "依聯合聲明，越英兩國於2010年建交。", List.of("○", "×"),
                new Answer.Truth(false), "越英兩國自1973年建交；2010年建立的是戰略夥伴關係。", Difficulty.EASY, null,
                new QuestionSource(1, "1", "自1973年建交以來，越英關係歷經五十餘載穩步發展。")),
            q("zh-mc-1", QuestionType.MULTIPLE_CHOICE, "year", "依聯合聲明，越南與英國於哪一年建立外交關係？",
                List.of("1973", "2010", "1982", "2025"), new Answer.Choice("1973"), "聲明第1條：自1973年建交以來。",
                Difficulty.MEDIUM, null, new QuestionSource(1, "1", "自1973年建交以來，越英關係歷經五十餘載穩步發展。")),
            q("zh-mc-2", QuestionType.MULTIPLE_CHOICE, "pillar",
                "「雙方同意擴大貿易金融合作，設計並實施透明、高效、可持續的貿易金融機制」屬於聯合聲明的哪一個合作支柱？",
                List.of("加強政治、外交、國防與安全合作", "加強經濟、貿易、投資與金融合作", "加強環境、能源與綠色轉型合作", "加強地區與國際事務協調合作"),
                new Answer.Choice("加強經濟、貿易、投資與金融合作"), "第25條列在第二個支柱之下。", Difficulty.HARD, 2,
                new QuestionSource(25, "25", "雙方同意擴大貿易金融合作，設計並實施透明、高效、可持續的貿易金融機制")),
            q("zh-cloze-1", QuestionType.CLOZE, "term", "雙方同意通過「＿＿＿＿」加強在發展越南國際金融中心方面的合作。", List.of(),
                Answer.Blanks.of("越南-英國國際金融中心夥伴關係"), "第23條。", Difficulty.HARD, 2,
                new QuestionSource(23, "23", "雙方同意通過「越南-英國國際金融中心夥伴關係」加強在發展越南國際金融中心")),
            q("zh-match-1", QuestionType.MATCHING, "acronym", "請將縮寫與其全名配對。",
                List.of("英越自由貿協定", "跨太平洋夥伴全面進步協定", "東南亞國協", "公正能源轉型夥伴關係"),
                new Answer.Pairs(List.of(new Answer.Pair("UKVFTA", "英越自由貿協定"), new Answer.Pair("CPTPP", "跨太平洋夥伴全面進步協定"),
                    new Answer.Pair("ASEAN", "東南亞國協"), new Answer.Pair("JETP", "公正能源轉型夥伴關係"))),
                "新聞與聲明中的縮寫。", Difficulty.MEDIUM, null,
                new QuestionSource(null, null, "雙方同意在「英越自由貿協定」(UKVFTA)及「跨太平洋夥伴全面進步協定」(CPTPP)架構下加強合作")),
            q("zh-order-1", QuestionType.ORDERING, "chronology", "請依時間先後排列下列事件。",
                List.of("建立戰略夥伴關係", "越英建交", "提升為全面戰略夥伴關係"),
                new Answer.Sequence(List.of("越英建交", "建立戰略夥伴關係", "提升為全面戰略夥伴關係")),
                "1973年建交，2010年戰略夥伴，2025年全面戰略夥伴。", Difficulty.HARD, null,
                new QuestionSource(1, "1", "自1973年建交以來，越英關係歷經五十餘載穩步發展。特別是自2010年建立戰略夥伴關係")));
    return new QuestionBank(QuestionBank.SCHEMA, "uk-vietnam-2025", src, qs);
  }

  public static QuestionBank english() {
    List<Pillar> pillars = List.of(new Pillar(1, "1", "Defence and Security"), new Pillar(2, "2", "Science and Innovation"));
    BankSource src = new BankSource("US-UK Joint Statement", Language.EN, "us-uk.txt", "1".repeat(64), "2021-06-10", pillars);
    List<Question> qs =
        List.of(
            q("en-tf-1", QuestionType.TRUE_FALSE, "agreement", "The leaders set out a new Atlantic Charter.", List.of("True", "False"),
                new Answer.Truth(true), "The statement says so.", Difficulty.EASY, 1,
                new QuestionSource(null, null, "The President and the Prime Minister set out a global vision in a new Atlantic Charter")),
            q("en-mc-1", QuestionType.MULTIPLE_CHOICE, "agreement", "Which charter did the leaders set out?",
                List.of("Atlantic Charter", "Paris Charter", "UN Charter", "Ocean Charter"), new Answer.Choice("Atlantic Charter"),
                "Stated in the opening paragraph.", Difficulty.MEDIUM, 1,
                new QuestionSource(null, null, "a new Atlantic Charter")),
            q("en-cloze-1", QuestionType.CLOZE, "term", "Both leaders met ahead of the ____ Summit in ____.", List.of(),
                Answer.Blanks.of("G7", "Cornwall"), "Opening paragraph.", Difficulty.HARD, 2,
                new QuestionSource(null, null, "in advance of the G7 Summit")),
            q("en-match-1", QuestionType.MATCHING, "role", "Match each person to their role.",
                List.of("President of the United States", "Prime Minister of the United Kingdom", "Queen"),
                new Answer.Pairs(List.of(new Answer.Pair("Joseph R. Biden", "President of the United States"),
                    new Answer.Pair("Boris Johnson", "Prime Minister of the United Kingdom"))),
                "Title of the statement.", Difficulty.MEDIUM, null, new QuestionSource(null, null, "Joseph R. Biden, Jr., President")),
            q("en-order-1", QuestionType.ORDERING, "chronology", "Put these events in order.",
                List.of("G7 Summit", "Atlantic Charter of 1941", "NATO founded"),
                new Answer.Sequence(List.of("Atlantic Charter of 1941", "NATO founded", "G7 Summit")), "History.", Difficulty.HARD, null,
                new QuestionSource(null, null, "the Atlantic Charter of 1941")));
    return new QuestionBank(QuestionBank.SCHEMA, "us-uk-2021", src, qs);
  }

  /** Text that would run, break markup or be read as a formula or a path if not escaped. */
  public static final String HOSTILE =
      "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\"> \"quoted\" & 'single' ]]> {a} #b =c ~d :e \\ f";

  public static QuestionBank hostile() {
    List<Pillar> pillars = List.of(new Pillar(1, "1", "<b>Pillar</b> & \"one\""));
    BankSource src = new BankSource("../../etc/passwd <script>alert(1)</script>", Language.EN, "evil.txt", "2".repeat(64), null, pillars);
    List<Question> qs =
        List.of(
            q("evil-mc", QuestionType.MULTIPLE_CHOICE, "agreement", "=HYPERLINK(\"http://x\") " + HOSTILE + " ?",
                List.of("=1+1", "+SUM(A1)", "-2+3", "@cmd " + HOSTILE), new Answer.Choice("@cmd " + HOSTILE),
                "Tab\tand\nnewline " + HOSTILE, Difficulty.MEDIUM, 1, new QuestionSource(3, "3", "=cmd|' /C calc'!A0 " + HOSTILE)),
            q("evil-tf", QuestionType.TRUE_FALSE, "agreement", HOSTILE, List.of("True", "False"), new Answer.Truth(true), HOSTILE,
                Difficulty.EASY, 1, new QuestionSource(3, "3", HOSTILE)),
            q("evil-cloze", QuestionType.CLOZE, "term", "Before ____ after " + HOSTILE, List.of(), Answer.Blanks.of("}}{{c2::x" + HOSTILE),
                HOSTILE, Difficulty.HARD, 1, new QuestionSource(3, "3", HOSTILE)),
            q("evil-match", QuestionType.MATCHING, "acronym", "Match " + HOSTILE, List.of("<i>r1</i>", "=r2", "r3 ]]>", "r4 {x}"),
                new Answer.Pairs(List.of(new Answer.Pair("<b>l1</b>", "<i>r1</i>"), new Answer.Pair("@l2", "=r2"),
                    new Answer.Pair("l3 ]]>", "r3 ]]>"), new Answer.Pair("l4 #", "r4 {x}"))),
                HOSTILE, Difficulty.MEDIUM, null, new QuestionSource(null, null, HOSTILE)),
            q("evil-order", QuestionType.ORDERING, "chronology", "Order " + HOSTILE, List.of("b <x>", "a & y", "c \"z\""),
                new Answer.Sequence(List.of("a & y", "b <x>", "c \"z\"")), HOSTILE, Difficulty.HARD, null,
                new QuestionSource(null, null, HOSTILE)));
    return new QuestionBank(QuestionBank.SCHEMA, "../evil deck/CON", src, qs);
  }

  private static Question q(String id, QuestionType type, String family, String stem, List<String> options, Answer answer,
      String explanation, Difficulty difficulty, Integer pillar, QuestionSource source) {
    return new Question(id, type, family, stem, options, answer, explanation, difficulty, pillar,
        List.of("family::" + family), Status.NEW, source);
  }
}
