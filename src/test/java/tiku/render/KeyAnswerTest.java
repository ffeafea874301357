package tiku.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tiku.model.Answer;
import tiku.model.Difficulty;
import tiku.model.Language;
import tiku.model.Question;
import tiku.model.QuestionSource;
import tiku.model.QuestionType;
import tiku.model.Status;

class KeyAnswerTest {
  private static final Labels ZH = Labels.of(Language.ZH_HANT);
  private static final Labels EN = Labels.of(Language.EN);

  @Test
  void lettersRunFromA() {
    assertThat(OptionLetters.letter(0)).isEqualTo("A");
    assertThat(OptionLetters.bracketed(3)).isEqualTo("(D)");
  }

  @Test
  void eachTypeAsTheKeyPrintsIt() {
    assertThat(KeyAnswer.of(q(QuestionType.TRUE_FALSE, List.of(), new Answer.Truth(false)), ZH)).isEqualTo("×");
    assertThat(KeyAnswer.of(q(QuestionType.MULTIPLE_CHOICE, List.of("1973", "2010"), new Answer.Choice("2010")), ZH))
        .isEqualTo("(B) 2010");
    assertThat(KeyAnswer.of(q(QuestionType.CLOZE, List.of(), new Answer.Blanks(List.of("1973", "2010"))), ZH))
        .isEqualTo("1973／2010");
    assertThat(KeyAnswer.of(q(QuestionType.CLOZE, List.of(), new Answer.Blanks(List.of("1973", "2010"))), EN))
        .isEqualTo("1973 / 2010");
    Answer pairs = new Answer.Pairs(List.of(new Answer.Pair("UKVFTA", "英越自由貿易協定"), new Answer.Pair("CPTPP", "跨太平洋夥伴")));
    assertThat(KeyAnswer.of(q(QuestionType.MATCHING, List.of("跨太平洋夥伴", "英越自由貿易協定"), pairs), ZH))
        .isEqualTo("(1) B　(2) A");
    assertThat(KeyAnswer.of(q(QuestionType.MATCHING, List.of("跨太平洋夥伴", "英越自由貿易協定"), pairs), EN))
        .isEqualTo("(1) B; (2) A");
    assertThat(KeyAnswer.of(q(QuestionType.ORDERING, List.of("2010", "1973", "2025"), new Answer.Sequence(List.of("1973", "2010", "2025"))), ZH))
        .isEqualTo("B → A → C");
  }

  @Test
  void whatAnEditLeftOutOfTheOptionsIsPrintedAsTextNotAsALetterTheWorksheetLacks() {
    assertThat(KeyAnswer.of(q(QuestionType.MULTIPLE_CHOICE, List.of("1973", "2010"), new Answer.Choice("2025")), ZH)).isEqualTo("2025");
    Answer pairs = new Answer.Pairs(List.of(new Answer.Pair("UKVFTA", "英越自由貿易協定")));
    assertThat(KeyAnswer.of(q(QuestionType.MATCHING, List.of("跨太平洋夥伴"), pairs), ZH)).isEqualTo("(1) 英越自由貿易協定");
    assertThat(KeyAnswer.of(q(QuestionType.ORDERING, List.of("2010", "1973"), new Answer.Sequence(List.of("1973", "2025"))), ZH))
        .isEqualTo("B → 2025");
  }

  private static Question q(QuestionType type, List<String> options, Answer answer) {
    return new Question("q-1", type, "test", "stem", options, answer, "", Difficulty.EASY, null, List.of(), Status.NEW,
        new QuestionSource(1, "1", "quote"));
  }
}
