package tiku.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven by Selenium for browser tests. Without chromium and
 * chromedriver the tests skip with a message on stderr, except under CI=true, where they fail.
 */
public final class HeadlessChromium {
  private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("TIKU_CHROMIUM", "/usr/bin/chromium"));
  private static final Path DRIVER = Path.of(System.getenv().getOrDefault("TIKU_CHROMEDRIVER", "/usr/bin/chromedriver"));

  private HeadlessChromium() {}

  /** Skips (or under CI fails) the calling test unless chromium and chromedriver are installed. */
  public static void requireInstalled() {
    if (Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER)) {
      return;
    }
    String msg = "browser tests need " + CHROMIUM + " and " + DRIVER + " (apt-get install chromium chromium-driver)";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      Assertions.fail(msg + "; they are mandatory under CI=true");
    }
    System.err.println("SKIPPED: " + msg);
    Assumptions.assumeTrue(false, msg);
  }

  /** A new browser with its own empty profile and the DevTools performance log switched on. */
  public static ChromeDriver start(int width, int height) {
    requireInstalled();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--hide-scrollbars", "--window-size=" + width + "," + height);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    return new ChromeDriver(service, options);
  }
}
