package prikaz.app.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium and its driver (packages chromium, chromium-driver) for the browser tests. */
final class Chromium {
  private Chromium() {}

  /** The first of these programs on the PATH, or null. */
  static Path program(String... names) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      for (String name : names) {
        if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
          return Path.of(dir, name);
        }
      }
    }
    return null;
  }

  static Path browser() {
    return program("chromium", "chromium-browser");
  }

  static Path driver() {
    return program("chromedriver");
  }

  /**
   * A headless Chromium at 1366×768 with a fresh profile in {@code dir} and downloads saved to
   * {@code downloads} without asking; the driver is the one installed (never one fetched).
   */
  static ChromeDriver start(Path dir, Path downloads, String language) throws java.io.IOException {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser().toFile());
    options.addArguments(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1366,768", "--lang=" + language,
        "--user-data-dir=" + Files.createDirectories(dir.resolve("profile"))));
    Map<String, Object> prefs = new HashMap<>();
    prefs.put("download.default_directory", downloads.toString());
    prefs.put("download.prompt_for_download", false);
    prefs.put("intl.accept_languages", language);
    options.setExperimentalOption("prefs", prefs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(driver().toFile()).usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }
}
