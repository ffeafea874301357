package tiku.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import tiku.model.Answer;
import tiku.model.Question;
import tiku.model.QuestionBank;
import tiku.render.Labels;
import tiku.render.RenderJob;
import tiku.render.RenderOptions;
import tiku.testing.HeadlessChromium;
import tiku.testing.SampleBanks;

/** The self-test in real headless Chromium, opened from file:// and used by mouse and keyboard. */
class HtmlSelfTestBrowserTest {
  private static ChromeDriver driver;
  @TempDir static Path dir;

  @BeforeAll
  static void startBrowser() {
    driver = HeadlessChromium.start(1200, 900);
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void everyTypeAnsweredRightByMouseAndTypingScoresAndTeaches() throws Exception {
    QuestionBank bank = SampleBanks.chinese();
    open(render(bank, "zh-right"));
    Labels labels = Labels.load(HtmlSelfTestRenderer.class, bank.source().language());
    for (Question q : bank.questions()) {
      answer(q, true);
      WebElement li = card(q);
      click(li.findElement(By.cssSelector("button.check")));
      String feedback = li.findElement(By.cssSelector(".feedback")).getText();
      assertThat(feedback).as(q.id()).startsWith("✓").contains(labels.get("html.correct"));
      assertThat(feedback).contains(q.explanation()).contains(q.source().quote());
      if (q.source().clause() != null) {
        assertThat(feedback).contains(labels.clause(q.source())); // "第1條"
      }
      assertThat(li.getAttribute("class")).contains("is-right");
    }
    int n = bank.questions().size();
    assertThat(text("#score-correct")).isEqualTo(labels.format("html.score", n));
    assertThat(text("#score-answered")).isEqualTo(labels.format("html.progress", n, n));
    assertThat(driver.findElement(By.id("progress")).getAttribute("value")).isEqualTo(String.valueOf(n));
  }

  @Test
  void everyTypeAnsweredWrongShowsTheRightAnswerAndCanBeRetried() throws Exception {
    QuestionBank bank = SampleBanks.english();
    open(render(bank, "en-wrong"));
    Labels labels = Labels.load(HtmlSelfTestRenderer.class, bank.source().language());
    for (Question q : bank.questions()) {
      answer(q, false);
      WebElement li = card(q);
      click(li.findElement(By.cssSelector("button.check")));
      String feedback = li.findElement(By.cssSelector(".feedback")).getText();
      assertThat(feedback).as(q.id()).startsWith("✗").contains("Not quite.");
      for (String line : expectedAnswerLines(q, labels)) {
        assertThat(feedback).as(q.id()).contains(line);
      }
      assertThat(li.getAttribute("class")).contains("is-wrong");
      // locked once marked: a second check changes nothing
      assertThat(li.findElements(By.cssSelector("input:not([disabled]), select:not([disabled])"))).isEmpty();
    }
    int n = bank.questions().size();
    assertThat(text("#score-correct")).isEqualTo("0 correct");
    assertThat(text("#score-answered")).isEqualTo(n + " of " + n + " answered");

    click(driver.findElement(By.id("retry")));
    assertThat(text("#score-answered")).isEqualTo("0 of " + n + " answered");
    assertThat(new Select(driver.findElement(By.id("filter-status"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("unanswered");
    assertThat(driver.findElements(By.cssSelector(".feedback .verdict"))).isEmpty();
    // now right: the retried questions count
    Question mc = bank.questions().get(1);
    answer(mc, true);
    click(card(mc).findElement(By.cssSelector("button.check")));
    assertThat(text("#score-correct")).isEqualTo("1 correct");
  }

  @Test
  void typedAnswersForgiveWidthCaseAndSpaces() throws Exception {
    QuestionBank bank = SampleBanks.english();
    open(render(bank, "en-cloze"));
    Question cloze = bank.questions().stream().filter(q -> q.id().equals("en-cloze-1")).findFirst().orElseThrow();
    List<WebElement> blanks = card(cloze).findElements(By.cssSelector("input.blank"));
    blanks.get(0).sendKeys("  Ｇ７　");
    blanks.get(1).sendKeys("CORNWALL ");
    blanks.get(1).sendKeys(Keys.ENTER); // Enter in a blank checks the answer
    assertThat(card(cloze).getAttribute("class")).contains("is-right");
  }

  @Test
  void keyboardAloneAnswersChoiceAndOrderingQuestions() throws Exception {
    QuestionBank bank = SampleBanks.chinese();
    open(render(bank, "zh-keys"));
    Question order = byId(bank, "zh-order-1");
    List<String> want = ((Answer.Sequence) order.answer()).items();
    for (int target = 0; target < want.size(); target++) {
      WebElement item = orderItem(order, want.get(target));
      WebElement up = item.findElement(By.cssSelector("button.up"));
      up.sendKeys(""); // focus without clicking
      while (orderTexts(order).indexOf(want.get(target)) > target) {
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
      }
    }
    assertThat(orderTexts(order)).containsExactlyElementsOf(want);
    // focus stayed on a move button of the question, and Tab goes on to its check button
    assertThat(driver.switchTo().activeElement().getAttribute("class")).contains("move");
    for (int tabs = 0; tabs < 8 && !driver.switchTo().activeElement().getAttribute("class").contains("check"); tabs++) {
      driver.switchTo().activeElement().sendKeys(Keys.TAB);
    }
    assertThat(driver.switchTo().activeElement().getAttribute("class")).contains("check");
    driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    assertThat(card(order).getAttribute("class")).contains("is-right");

    Question tf = byId(bank, "zh-tf-1");
    WebElement radio = card(tf).findElement(By.cssSelector("input[value=true]"));
    radio.sendKeys(Keys.SPACE);
    radio.sendKeys(Keys.ARROW_DOWN); // moves to and selects "false", the right answer
    driver.switchTo().activeElement().sendKeys(Keys.TAB);
    driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    assertThat(card(tf).getAttribute("class")).contains("is-right");
    assertThat(card(tf).findElement(By.cssSelector(".feedback")).getAttribute("aria-live")).isEqualTo("polite");
  }

  @Test
  void pillarFilterShowsOnlyThatPillar() throws Exception {
    QuestionBank bank = SampleBanks.chinese();
    open(render(bank, "zh-filter"));
    new Select(driver.findElement(By.id("filter-pillar"))).selectByValue("2");
    List<String> shown = visibleIds();
    List<String> want = bank.questions().stream().filter(q -> Integer.valueOf(2).equals(q.pillar())).map(Question::id).toList();
    assertThat(shown).containsExactlyInAnyOrderElementsOf(want);
    new Select(driver.findElement(By.id("filter-pillar"))).selectByValue("none");
    assertThat(visibleIds())
        .containsExactlyInAnyOrderElementsOf(bank.questions().stream().filter(q -> q.pillar() == null).map(Question::id).toList());
    new Select(driver.findElement(By.id("filter-pillar"))).selectByValue("");
    new Select(driver.findElement(By.id("filter-type"))).selectByValue("cloze");
    assertThat(visibleIds()).containsExactly("zh-cloze-1");
  }

  @Test
  void progressSurvivesAReloadAndResetClearsIt() throws Exception {
    QuestionBank bank = SampleBanks.chinese();
    open(render(bank, "zh-reload"));
    Question mc = byId(bank, "zh-mc-1");
    Question match = byId(bank, "zh-match-1");
    answer(mc, true);
    click(card(mc).findElement(By.cssSelector("button.check")));
    answer(match, false);
    click(card(match).findElement(By.cssSelector("button.check")));
    String score = text("#score-correct") + text("#score-answered");

    driver.navigate().refresh();
    assertThat(text("#score-correct") + text("#score-answered")).isEqualTo(score);
    assertThat(card(mc).getAttribute("class")).contains("is-right");
    assertThat(card(mc).findElement(By.cssSelector("input:checked")).getAttribute("value")).isNotEmpty();
    assertThat(card(match).getAttribute("class")).contains("is-wrong");
    assertThat(card(match).findElement(By.cssSelector(".feedback")).getText()).contains(match.source().quote());

    click(driver.findElement(By.id("reset")));
    driver.navigate().refresh();
    assertThat(driver.findElements(By.cssSelector(".is-right, .is-wrong"))).isEmpty();
    assertThat(text("#score-answered")).startsWith("已作答 0");
  }

  @Test
  void axeFindsNoSeriousOrCriticalViolationsBeforeOrAfterAnswering() throws Exception {
    for (QuestionBank bank : List.of(SampleBanks.chinese(), SampleBanks.english())) {
      open(render(bank, "axe-" + bank.deck()));
      assertNoSeriousViolations(bank.deck() + " unanswered");
      for (int i = 0; i < bank.questions().size(); i++) {
        Question q = bank.questions().get(i);
        answer(q, i % 2 == 0);
        click(card(q).findElement(By.cssSelector("button.check")));
      }
      assertNoSeriousViolations(bank.deck() + " answered");
    }
  }

  @Test
  void hostileTextShowsAsTextAndRunsNothing() throws Exception {
    QuestionBank bank = SampleBanks.hostile();
    open(render(bank, "hostile"));
    for (Question q : bank.questions()) {
      answer(q, false);
      click(card(q).findElement(By.cssSelector("button.check")));
      assertThat(card(q).findElement(By.cssSelector(".feedback")).getText()).contains("<script>window.__pwned=1</script>");
    }
    assertThat(js("return typeof window.__pwned")).isEqualTo("undefined");
    assertThat(driver.findElements(By.cssSelector("main img, main script, .feedback img"))).isEmpty();
    assertThat(driver.findElements(By.tagName("script"))).hasSize(2);
    assertThat(driver.getTitle()).contains("<script>alert(1)</script>");
    assertThat(card(bank.questions().get(1)).findElement(By.cssSelector(".stem")).getText()).isEqualTo(SampleBanks.HOSTILE);
  }

  @Test
  void thePageRequestsNothingButItself() throws Exception {
    driver.manage().logs().get(LogType.PERFORMANCE); // drop earlier tests' entries
    QuestionBank bank = SampleBanks.hostile();
    Path page = render(bank, "network");
    open(page);
    for (Question q : bank.questions()) {
      answer(q, true);
      click(card(q).findElement(By.cssSelector("button.check")));
    }
    assertThat((List<?>) js("return performance.getEntriesByType('resource').map(e => e.name)")).isEmpty();
    List<String> urls = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
      String m = e.getMessage();
      if (m.contains("\"Network.requestWillBeSent\"")) {
        Map<?, ?> msg = (Map<?, ?>) new com.fasterxml.jackson.databind.ObjectMapper().readValue(m, Map.class).get("message");
        Map<?, ?> request = (Map<?, ?>) ((Map<?, ?>) msg.get("params")).get("request");
        urls.add((String) request.get("url"));
      }
    }
    assertThat(urls).isNotEmpty().allSatisfy(u -> assertThat(u).startsWith("file:"));
  }

  @Test
  void printingShowsTheQuestionsAndFeedbackWithoutTheControls() throws Exception {
    QuestionBank bank = SampleBanks.chinese();
    open(render(bank, "print"));
    Question mc = byId(bank, "zh-mc-1");
    answer(mc, true);
    click(card(mc).findElement(By.cssSelector("button.check")));
    new Select(driver.findElement(By.id("filter-type"))).selectByValue("multiple_choice");
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      for (String hidden : List.of(".filters", ".actions", "button.check", "button.move", ".skip")) {
        assertThat(driver.findElements(By.cssSelector(hidden))).as(hidden).allSatisfy(e -> assertThat(e.isDisplayed()).isFalse());
      }
      // a printout has what the screen shows (here: the filtered questions) and the feedback given so far
      assertThat(visibleIds()).containsExactlyInAnyOrder("zh-mc-1", "zh-mc-2");
      assertThat(card(mc).findElement(By.cssSelector(".feedback")).isDisplayed()).isTrue();
      assertThat(text("#score-correct")).isNotBlank();
    } finally {
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  // ---- helpers ----

  private static Path render(QuestionBank bank, String name) throws Exception {
    Path out = dir.resolve(name);
    return new HtmlSelfTestRenderer().render(new RenderJob(bank, bank.questions(), RenderOptions.defaults(), out)).get(0);
  }

  /** Opens the page from file:// with no progress left by an earlier test. */
  private static void open(Path page) {
    driver.get(page.toUri().toString());
    js("localStorage.clear()");
    driver.navigate().refresh();
  }

  /** Clicks as a user would after scrolling the element to the middle of the screen. */
  private static void click(WebElement e) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
    e.click();
  }

  private static Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  private static String text(String css) {
    return driver.findElement(By.cssSelector(css)).getText();
  }

  private static WebElement card(Question q) {
    return driver.findElement(By.cssSelector("li.question[data-qid='" + q.id() + "']"));
  }

  private static Question byId(QuestionBank bank, String id) {
    return bank.questions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
  }

  private static List<String> visibleIds() {
    List<String> out = new ArrayList<>();
    for (WebElement li : driver.findElements(By.cssSelector("li.question"))) {
      if (li.isDisplayed()) {
        out.add(li.getAttribute("data-qid"));
      }
    }
    return out;
  }

  /** Answers through the page as a student would: clicking, typing, choosing, moving. */
  private static void answer(Question q, boolean right) {
    WebElement li = card(q);
    switch (q.type()) {
      case TRUE_FALSE -> {
        boolean v = ((Answer.Truth) q.answer()).value() == right;
        click(li.findElement(By.cssSelector("input[value=" + v + "]")).findElement(By.xpath("..")));
      }
      case MULTIPLE_CHOICE -> {
        String key = ((Answer.Choice) q.answer()).option();
        for (WebElement label : li.findElements(By.cssSelector("label.choice"))) {
          String option = label.findElements(By.tagName("span")).get(1).getText();
          if (option.equals(key) == right) {
            click(label);
            break;
          }
        }
      }
      case CLOZE -> {
        List<String> texts = ((Answer.Blanks) q.answer()).texts();
        List<WebElement> blanks = li.findElements(By.cssSelector("input.blank"));
        for (int i = 0; i < blanks.size(); i++) {
          blanks.get(i).sendKeys(right ? " " + texts.get(i) + " " : "wrong" + i);
        }
      }
      case MATCHING -> {
        List<Answer.Pair> pairs = ((Answer.Pairs) q.answer()).pairs();
        for (WebElement pair : li.findElements(By.cssSelector(".pair"))) {
          String left = pair.findElement(By.tagName("label")).getText();
          int i = pairs.stream().map(Answer.Pair::left).toList().indexOf(left);
          // wrong: every left gets the next pair's right
          String pick = right ? pairs.get(i).right() : pairs.get((i + 1) % pairs.size()).right();
          new Select(pair.findElement(By.tagName("select"))).selectByVisibleText(pick);
        }
      }
      case ORDERING -> {
        if (right) {
          List<String> want = ((Answer.Sequence) q.answer()).items();
          for (int target = 0; target < want.size(); target++) {
            while (orderTexts(q).indexOf(want.get(target)) > target) {
              click(orderItem(q, want.get(target)).findElement(By.cssSelector("button.up")));
            }
          }
        } // wrong: the shown order, which the renderer never makes the right one
      }
    }
  }

  private static List<String> orderTexts(Question q) {
    return card(q).findElements(By.cssSelector(".order-text")).stream().map(WebElement::getText).toList();
  }

  private static WebElement orderItem(Question q, String text) {
    return card(q).findElements(By.cssSelector(".order-item")).stream()
        .filter(e -> e.findElement(By.cssSelector(".order-text")).getText().equals(text))
        .findFirst().orElseThrow();
  }

  private static List<String> expectedAnswerLines(Question q, Labels labels) {
    Answer a = q.answer();
    if (a instanceof Answer.Truth t) {
      return List.of(labels.get(t.value() ? "html.tf.true" : "html.tf.false"));
    } else if (a instanceof Answer.Choice c) {
      return List.of(c.option());
    } else if (a instanceof Answer.Blanks b) {
      return b.texts();
    } else if (a instanceof Answer.Pairs p) {
      return p.pairs().stream().map(x -> x.left() + " → " + x.right()).toList();
    }
    return ((Answer.Sequence) a).items();
  }

  private static void assertNoSeriousViolations(String what) {
    Results results = new AxeBuilder().analyze(driver);
    List<String> bad = new ArrayList<>();
    for (Rule r : results.getViolations()) {
      if ("serious".equals(r.getImpact()) || "critical".equals(r.getImpact())) {
        bad.add(r.getId() + " (" + r.getImpact() + "): " + r.getHelp() + " " + r.getNodes());
      }
    }
    assertThat(bad).as(what).isEmpty();
  }
}
