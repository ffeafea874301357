package tiku.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import tiku.model.Question;
import tiku.model.QuestionBank;
import tiku.render.RenderJob;
import tiku.render.RenderOptions;
import tiku.testing.HeadlessChromium;
import tiku.testing.SampleBanks;

/**
 * Takes the screenshots we look at (target/screenshots: desktop and 360-px phone, before and after
 * answering) and checks what can be checked of the layout: nothing wider than the phone screen.
 */
class HtmlSelfTestScreenshotTest {
  @TempDir Path dir;

  @Test
  void desktopAndPhoneBeforeAndAfterAnswering() throws Exception {
    Path shots = Path.of("target", "screenshots");
    Files.createDirectories(shots);
    for (QuestionBank bank : java.util.List.of(SampleBanks.chinese(), SampleBanks.english())) {
      Path page = new HtmlSelfTestRenderer()
          .render(new RenderJob(bank, bank.questions(), RenderOptions.defaults(), dir.resolve(bank.deck()))).get(0);
      for (int width : new int[] {1280, 360}) {
        ChromeDriver driver = HeadlessChromium.start(width, 900);
        try {
          driver.get(page.toUri().toString());
          ((JavascriptExecutor) driver).executeScript("localStorage.clear()");
          driver.navigate().refresh();
          String name = bank.deck() + "-" + width;
          shoot(driver, width, shots.resolve(name + "-before.png"));
          // keyboard only: Tab from the top into the questions, then look at the focus ring
          driver.manage().window().setSize(new Dimension(width, 800));
          driver.navigate().refresh();
          for (int t = 0; t < 13; t++) {
            new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.TAB).perform();
          }
          Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), shots.resolve(name + "-focus.png"),
              StandardCopyOption.REPLACE_EXISTING);
          int i = 0;
          for (Question q : bank.questions()) {
            var li = driver.findElement(By.cssSelector("li.question[data-qid='" + q.id() + "']"));
            if (i++ % 2 == 0) {
              // a wrong or empty-ish answer on every other question, so both kinds of feedback show
              var radios = li.findElements(By.cssSelector("label.choice"));
              if (!radios.isEmpty()) {
                click(driver, radios.get(0));
              }
              li.findElements(By.cssSelector("input.blank")).forEach(b -> b.sendKeys("？"));
            } else {
              li.findElements(By.cssSelector("label.choice")).stream().skip(1).findFirst().ifPresent(r -> click(driver, r));
            }
            click(driver, li.findElement(By.cssSelector("button.check")));
          }
          shoot(driver, width, shots.resolve(name + "-after.png"));
          Object overflow = ((JavascriptExecutor) driver)
              .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
          assertThat(((Number) overflow).intValue()).as(name + " horizontal overflow").isLessThanOrEqualTo(0);
        } finally {
          driver.quit();
        }
      }
    }
  }

  private static void click(ChromeDriver driver, org.openqa.selenium.WebElement e) {
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
    e.click();
  }

  private static void shoot(ChromeDriver driver, int width, Path target) throws Exception {
    long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
    driver.manage().window().setSize(new Dimension(width, (int) Math.min(height + 100, 8000)));
    ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
    Path png = driver.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(png, target, StandardCopyOption.REPLACE_EXISTING);
  }
}
