package tiku.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import tiku.model.Answer;
import tiku.model.Difficulty;
import tiku.model.Language;
import tiku.model.QuestionSource;
import tiku.model.QuestionType;

/** The small rules the families stand on. */
class RulesTest {
  @Test
  void namesForTheSameThing() {
    assertThat(new SameThing().sameAs("英越自由貿協定", "越南-英國自由貿易協定", List.of())).isTrue();
    assertThat(new SameThing().sameAs("跨太平洋夥伴全面進步協定", "全面與進步跨太平洋夥伴關係協定", List.of())).isTrue();
    assertThat(new SameThing().sameAs("越南-英國自由貿易協定", "UKVFTA", List.of("UKVFTA"))).isTrue();
    // near-identical but different conventions stay usable as hard distractors
    assertThat(new SameThing().sameAs("維也納外交關係公約", "維也納領事關係公約", List.of())).isFalse();
    assertThat(new SameThing().sameAs("Paris Agreement", "Belfast/Good Friday Agreement", List.of())).isFalse();
  }

  @Test
  void relativeTimeWords() {
    assertThat(DocumentText.usable("越共總書記蘇林28日至30日出訪英國")).isFalse();
    assertThat(DocumentText.usable("施凱爾也在會面中特別提及上個月「里契蒙號」")).isFalse();
    assertThat(DocumentText.usable("Last month, the U.K.’s new aircraft carrier")).isFalse();
    assertThat(DocumentText.usable("蘇林於2025年10月28日至30日對英國進行正式訪問")).isTrue();
    assertThat(DocumentText.usable("見 https://www.cna.com.tw/news")).isFalse();
  }

  @Test
  void chineseNumeralsRoundTrip() {
    for (int n = 1; n < 100; n++) {
      assertThat(ChineseNumber.parse(ChineseNumber.format(n))).isEqualTo(n);
    }
    assertThat(ChineseNumber.parse("六")).isEqualTo(6);
    assertThat(ChineseNumber.parse("十五")).isEqualTo(15);
    assertThat(ChineseNumber.parse("兩")).isEqualTo(2);
  }

  @Property
  void aFragmentIsAnExactSubstringHoldingItsKey(
      @ForAll @StringLength(min = 1, max = 300) String text, @ForAll @IntRange(min = 0, max = 299) int a, @ForAll @IntRange(min = 0, max = 40) int len) {
    int start = Math.min(a, text.length() - 1);
    int end = Math.min(text.length(), start + Math.max(1, len));
    int[] r = Fragment.around(text, start, end, Language.ZH_HANT);
    String key = text.substring(start, end);
    String fragment = text.substring(r[0], r[1]);
    assertThat(text).contains(fragment);
    assertThat(fragment).contains(key.strip());
  }

  @Test
  void aQuestionNeverAsksAboutAThisItDoesNotShow() {
    String en = "We commit to enhancing our cooperation on variants. This will be underpinned by the Centre for Pandemic Preparedness.";
    int key = en.indexOf("Centre");
    Fragment.Gapped g = Fragment.gap(en, key, key + "Centre for Pandemic Preparedness".length(), Language.EN);
    assertThat(g).isNotNull();
    assertThat(g.fragment()).startsWith("We commit to enhancing").endsWith("Preparedness.");
    // with nothing before it to take in, no question
    String alone = en.substring(en.indexOf("This"));
    int k = alone.indexOf("Centre");
    assertThat(Fragment.gap(alone, k, k + 6, Language.EN)).isNull();
    String zh = "雙方簽署海關合作協定。該協定將促進兩國貿易往來與投資。";
    int z = zh.indexOf("兩國貿易");
    assertThat(Fragment.gap(zh, z, z + 4, Language.ZH_HANT).fragment()).startsWith("雙方簽署海關合作協定");
    String besides = "此外，雙方同意加強兩國貿易往來。";
    int b = besides.indexOf("兩國貿易");
    assertThat(Fragment.gap(besides, b, b + 4, Language.ZH_HANT).fragment()).startsWith("此外");
  }

  @Test
  void anOrderingItemNamesThePersonTheDocumentPutsBeforeTheDate() {
    List<tiku.model.Person> people = List.of(
        new tiku.model.Person("习近平", "中华人民共和国主席", null, null),
        new tiku.model.Person("蘇林", "總書記", null, null),
        new tiku.model.Person("穆罕默德·本·扎耶德·阿勒纳哈扬", "王储", null, null));
    String visit = "两国友好关系在习近平主席2018年7月访问阿联酋后进一步加强";
    assertThat(ChronologyQuestions.actorBefore(visit, visit.indexOf("2018"), people)).isEqualTo("习近平主席");
    String trip = "越南共產黨中央委員會總書記蘇林於2025年10月28日至30日對英國進行正式訪問";
    assertThat(ChronologyQuestions.actorBefore(trip, trip.indexOf("2025"), people)).isEqualTo("蘇林");
    String forum = "迪拜酋长穆罕默德殿下2019年4月27日出席论坛";
    assertThat(ChronologyQuestions.actorBefore(forum, forum.indexOf("2019"), people)).isEqualTo("穆罕默德殿下");
    String nobody = "双边关系在1984年建交以来实现长足进展";
    assertThat(ChronologyQuestions.actorBefore(nobody, nobody.indexOf("1984"), people)).isNull();
    // a name far before the date is not its actor
    String far = "习近平主席指出，两国关系在2012年建立战略伙伴关系";
    assertThat(ChronologyQuestions.actorBefore(far, far.indexOf("2012"), people)).isNull();
  }

  @Test
  void aCountIsNotAskedWhereTheTextListsItsItems() {
    String five = "越南與聯合國5大安全常任理事國——中國、法國、俄羅斯、英國和美國,皆達到最高外交合作層級";
    int at = five.indexOf("5大");
    assertThat(QuantityQuestions.listsAsMany(five, at, 2, 5)).isTrue();
    assertThat(QuantityQuestions.listsAsMany(five, at, 2, 4)).isFalse();
    String pillars = "雙方同意在六大合作支柱下推進合作,包括政治與經濟";
    assertThat(QuantityQuestions.listsAsMany(pillars, pillars.indexOf("六大"), 2, 6)).isFalse();
  }

  @Test
  void difficultyRule() {
    assertThat(DifficultyRater.rate(draft(QuestionType.MULTIPLE_CHOICE, Closeness.CLOSE, 1))).isEqualTo(Difficulty.HARD);
    assertThat(DifficultyRater.rate(draft(QuestionType.MULTIPLE_CHOICE, Closeness.NEAR, 5))).isEqualTo(Difficulty.MEDIUM);
    assertThat(DifficultyRater.rate(draft(QuestionType.MULTIPLE_CHOICE, Closeness.FAR, 2))).isEqualTo(Difficulty.EASY);
    assertThat(DifficultyRater.rate(draft(QuestionType.MULTIPLE_CHOICE, Closeness.FAR, 1))).isEqualTo(Difficulty.MEDIUM);
    assertThat(DifficultyRater.rate(draft(QuestionType.TRUE_FALSE, Closeness.FAR, 1))).isEqualTo(Difficulty.EASY);
    assertThat(DifficultyRater.rate(draft(QuestionType.TRUE_FALSE, Closeness.CLOSE, 1))).isEqualTo(Difficulty.MEDIUM);
    assertThat(DifficultyRater.rate(draft(QuestionType.CLOZE, Closeness.NEAR, 1))).isEqualTo(Difficulty.HARD);
    assertThat(DifficultyRater.rate(draft(QuestionType.CLOZE, Closeness.NEAR, 3))).isEqualTo(Difficulty.MEDIUM);
    assertThat(Closeness.ofYears(1973, List.of(1975))).isEqualTo(Closeness.CLOSE);
    assertThat(Closeness.ofYears(1973, List.of(1982))).isEqualTo(Closeness.NEAR);
    assertThat(Closeness.ofYears(1973, List.of(2010))).isEqualTo(Closeness.FAR);
  }

  @Test
  void idsDependOnFamilyAndFactOnly() {
    assertThat(QuestionIds.id("year", "year:1973@-/1#0")).isEqualTo(QuestionIds.id("year", "year:1973@-/1#0"));
    assertThat(QuestionIds.id("year", "year:1973@-/1#0")).isNotEqualTo(QuestionIds.id("year", "year:2010@-/1#0"));
    assertThat(QuestionIds.id("year", "x")).isNotEqualTo(QuestionIds.id("pillar", "x"));
  }

  private static Draft draft(QuestionType type, Closeness c, int salience) {
    Answer a = switch (type) {
      case TRUE_FALSE -> new Answer.Truth(true);
      case CLOZE -> Answer.Blanks.of("x");
      default -> new Answer.Choice("x");
    };
    return new Draft("f", "i", type, "s", List.of(), a, "e", null, new QuestionSource(null, null, "q"), c, salience);
  }
}
