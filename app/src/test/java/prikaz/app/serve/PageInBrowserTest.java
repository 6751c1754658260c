package prikaz.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import prikaz.app.RequiredProgram;
import prikaz.app.export.JsonExporter;
import prikaz.parser.OcrMode;
import prikaz.parser.OrderParser;
import prikaz.parser.model.Order;

/**
 * The page of {@code prikaz serve} in a real browser, as a clerk uses it: Debian's headless
 * Chromium driven by Selenium. Runs wherever chromium and chromedriver are installed and always in
 * CI ({@code CI} set), where their absence is a failure; {@code -DexcludedGroups=browser} skips it.
 * The screenshot of a parsed scan goes to target/screenshots/ and, with {@code -Ddocs.img=true},
 * to docs/img/serve-scan.png (the README's picture).
 */
@Tag("browser")
class PageInBrowserTest {
  private static final Path SAMPLES = ServeApiTest.SAMPLES;
  /** One format of each sample, so that the page meets every reader. */
  private static final List<String> FILES = List.of("anzhero-sudzhensk-2022-575.docx", "artem-2020-218.docx",
      "balashov-2022-78.odt", "chernozemelsky-2022-533.rtf", "spb-moskovsky-2023-8.pdf");
  private static final String SCAN = "artem-2020-218.scan.png";

  @Test
  void aClerkUploadsChecksCorrectsAndDownloads(@TempDir Path dir) throws Exception {
    boolean installed = Chromium.browser() != null && Chromium.driver() != null;
    RequiredProgram.require(installed, "Chromium and chromedriver", "apt-get install chromium chromium-driver");
    Path downloads = Files.createDirectories(dir.resolve("downloads"));
    Path broken = dir.resolve("broken.docx");
    Files.write(broken, "PK\u0003\u0004 not a whole document".getBytes(StandardCharsets.UTF_8));
    Path hostile = dir.resolve("hostile.txt");
    Files.writeString(hostile, """
        ШКОЛА
        ПРИКАЗ
        от 01.09.2022 № 12
        Об утверждении плана на 2022-2023 учебный год
        ПРИКАЗЫВАЮ:
        1. Утвердить план.
        Директор
        И.И. Иванов

        | № | Мероприятие | Срок | Ответственный |
        |---|---|---|---|
        | 1 | <img src=x onerror="document.title='hacked'"> Проверка журналов | Сентябрь 2022 | Иванов И.И. |
        | 2 | <script>document.title='hacked'</script> | 15.10.2022 | Петров П.П. |
        """, StandardCharsets.UTF_8);

    try (WebServer server = WebServer.start(new WebServer.Settings("127.0.0.1", 0, 20L << 20, 20, 2, OcrMode.AUTO, "rus", null))) {
      ChromeDriver browser = Chromium.start(dir, downloads, "ru");
      try {
        browser.get("http://127.0.0.1:" + server.port() + "/");
        assertEquals("ru", browser.findElement(By.tagName("html")).getAttribute("lang"));
        List<Path> uploads = Stream.concat(FILES.stream().map(SAMPLES::resolve), Stream.of(SAMPLES.resolve(SCAN), broken, hostile)).toList();
        browser.findElement(By.id("files")).sendKeys(uploads.stream().map(p -> p.toAbsolutePath().normalize().toString()).collect(Collectors.joining("\n")));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(180));
        wait.until(b -> b.findElements(By.cssSelector(".card.done, .card.failed")).size() == uploads.size());

        // The right item counts: the goldens' for the samples, the parser's own for the scan.
        for (String file : FILES) {
          Order golden = JsonExporter.read(Files.newInputStream(SAMPLES.resolve("expected/" + file.substring(0, file.indexOf('.')) + ".json")));
          assertEquals(String.valueOf(items(golden)), card(browser, file).findElement(By.className("count")).getAttribute("data-items"), file);
        }
        Order scan = OrderParser.builder().build().parse(SAMPLES.resolve(SCAN));
        assertTrue(items(scan) > 0);
        assertEquals(String.valueOf(items(scan)), card(browser, SCAN).findElement(By.className("count")).getAttribute("data-items"));

        // A broken file is a message on its card; the others went on.
        assertTrue(card(browser, "broken.docx").getAttribute("class").contains("failed"));
        assertTrue(card(browser, "broken.docx").findElement(By.className("error")).getText().startsWith("файл не читается"),
            card(browser, "broken.docx").getText());

        // Document text is text: the hostile cells show their markup and run nothing.
        card(browser, "hostile.txt").findElement(By.className("open")).click();
        List<String> activities = browser.findElements(By.cssSelector("tr.item td.c-activity .text")).stream().map(WebElement::getText).toList();
        assertTrue(activities.get(0).startsWith("<img src=x onerror="), activities.toString());
        assertTrue(activities.get(1).contains("<script>document.title='hacked'</script>"), activities.toString());
        assertTrue(browser.findElements(By.cssSelector("main img:not(.scan img)")).isEmpty());
        assertFalse(browser.getTitle().contains("hacked"));
        assertNoAlert(browser);

        // The scan beside its table, for the README.
        card(browser, SCAN).findElement(By.className("open")).click();
        wait.until(b -> b.findElements(By.cssSelector(".scan img")).stream()
            .anyMatch(img -> Boolean.TRUE.equals(((ChromeDriver) b).executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", img))));
        // The row under the cursor is outlined on the scan where OCR read it; so is a row whose cell has the focus.
        List<WebElement> rows = browser.findElements(By.cssSelector("tr.item"));
        WebElement third = rows.get(2);
        browser.executeScript("arguments[0].focus()", third.findElement(By.cssSelector("td.c-activity .text")));
        assertOutlined(browser, scan, third);
        WebElement second = rows.get(1);
        // In view first: the pointer's move would otherwise scroll the row to the bottom edge.
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", second);
        new org.openqa.selenium.interactions.Actions(browser).moveToElement(second).perform();
        assertOutlined(browser, scan, second);
        screenshot(browser);

        // Correct a cell and a deadline, download the XLSX: the correction is in it.
        card(browser, "artem-2020-218.docx").findElement(By.className("open")).click();
        WebElement activity = browser.findElement(By.cssSelector("tr.item td.c-activity .text"));
        activity.click();
        activity.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Исправленное мероприятие <b>1</b>", Keys.ENTER);
        WebElement deadline = browser.findElement(By.cssSelector("tr.item td.c-deadline .text"));
        deadline.click();
        deadline.sendKeys(Keys.chord(Keys.CONTROL, "a"), "до 15 марта 2021 года", Keys.ENTER);
        wait.until(b -> b.findElement(By.cssSelector("tr.item td.c-dates")).getText().contains("15.03.2021"));
        assertEquals("Исправленное мероприятие <b>1</b>", browser.findElement(By.cssSelector("tr.item td.c-activity .text")).getText());
        browser.findElement(By.cssSelector(".order button.dl[data-format='xlsx']")).click();
        Path xlsx = downloads.resolve("artem-2020-218.xlsx");
        wait.until(b -> Files.isRegularFile(xlsx) && !Files.exists(downloads.resolve("artem-2020-218.xlsx.crdownload")));
        List<String> cells = ServeApiTest.cells(Files.readAllBytes(xlsx));
        assertTrue(cells.contains("Исправленное мероприятие <b>1</b>"), "the corrected activity is in the XLSX");
        assertTrue(cells.stream().anyMatch(c -> c.contains("до 15 марта 2021 года")), "the corrected deadline is in the XLSX");

        // «Сравнить»: the corrected DOCX against the scan of its first page: the rest is «removed».
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("cmp-old"))).selectByVisibleText("artem-2020-218.docx");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("cmp-new"))).selectByVisibleText(SCAN);
        browser.findElement(By.id("cmp-run")).click();
        wait.until(b -> !b.findElements(By.cssSelector(".diff tr.st-removed")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector(".diff tr.st-removed")).size() >= 18 - items(scan),
            browser.findElement(By.className("diff-summary")).getText());
        assertTrue(browser.findElement(By.className("diff-summary")).getText().startsWith("без изменений: "));
        browser.findElement(By.id("diff-xlsx")).click();
        Path diffXlsx = downloads.resolve("prikaz-diff.xlsx");
        wait.until(b -> Files.isRegularFile(diffXlsx) && !Files.exists(downloads.resolve("prikaz-diff.xlsx.crdownload")));
        assertTrue(ServeApiTest.cells(Files.readAllBytes(diffXlsx)).contains("Исправленное мероприятие <b>1</b>"));
      } finally {
        browser.quit();
      }
    }
  }

  private static int items(Order order) {
    return order.plans().stream().mapToInt(p -> p.items().size()).sum();
  }

  /**
   * The one outline shown is on the page image of the row's item, where its {@code pageAreas} say,
   * scaled to the image as shown (to a pixel).
   */
  private static void assertOutlined(ChromeDriver browser, Order scan, WebElement row) {
    String[] path = row.getAttribute("data-path").split("\\.");
    prikaz.parser.model.Item item = scan.plans().get(Integer.parseInt(row.getAttribute("data-plan")))
        .items().get(Integer.parseInt(path[0]));
    if (path.length > 1) {
      item = item.subitems().get(Integer.parseInt(path[1]));
    }
    assertEquals(1, item.pageAreas().size(), item.number() + " " + item.pageAreas());
    prikaz.parser.model.PageArea area = item.pageAreas().get(0);
    List<WebElement> shown = browser.findElements(By.cssSelector(".scan .outline")).stream().filter(WebElement::isDisplayed).toList();
    assertEquals(1, shown.size(), "one outline for item " + item.number());
    WebElement figure = browser.findElement(By.cssSelector(".scan figure[data-page='" + area.page() + "']"));
    @SuppressWarnings("unchecked")
    List<Number> image = (List<Number>) browser.executeScript(
        "const r = arguments[0].getBoundingClientRect(); return [r.left, r.top, r.width, r.height];", figure.findElement(By.tagName("img")));
    @SuppressWarnings("unchecked")
    List<Number> box = (List<Number>) browser.executeScript(
        "const r = arguments[0].getBoundingClientRect(); return [r.left, r.top, r.width, r.height];", shown.get(0));
    assertTrue(figure.findElements(By.className("outline")).contains(shown.get(0)), "the outline is on page " + area.page());
    double[] expected = {image.get(0).doubleValue() + area.x() * image.get(2).doubleValue(),
        image.get(1).doubleValue() + area.y() * image.get(3).doubleValue(),
        area.width() * image.get(2).doubleValue(), area.height() * image.get(3).doubleValue()};
    for (int k = 0; k < 4; k++) {
      assertEquals(expected[k], box.get(k).doubleValue(), 1.0, "outline of item " + item.number() + " " + box + " on image " + image);
    }
    assertTrue(area.height() > 0.005 && area.width() > 0.2, "a row's area, not a word's: " + area);
    Number windowHeight = (Number) browser.executeScript("return window.innerHeight;");
    assertTrue(box.get(1).doubleValue() >= 0 && box.get(1).doubleValue() + box.get(3).doubleValue() <= windowHeight.doubleValue(),
        "the outline of item " + item.number() + " is in the window: " + box + ", window height " + windowHeight);
  }

  private static WebElement card(ChromeDriver browser, String file) {
    return browser.findElements(By.cssSelector(".card")).stream()
        .filter(c -> file.equals(c.getAttribute("data-file"))).findFirst().orElseThrow(() -> new AssertionError("no card for " + file));
  }

  private static void assertNoAlert(ChromeDriver browser) {
    try {
      browser.switchTo().alert();
      throw new AssertionError("the page raised an alert");
    } catch (NoAlertPresentException expected) {
      // nothing ran
    }
  }

  private static void screenshot(ChromeDriver browser) throws Exception {
    byte[] png = browser.getScreenshotAs(OutputType.BYTES);
    Path target = Files.createDirectories(Path.of("target", "screenshots")).resolve("serve-scan.png");
    Files.write(target, png);
    if (Boolean.getBoolean("docs.img")) {
      Path docs = Files.createDirectories(SAMPLES.resolve("../docs/img"));
      Files.write(docs.resolve("serve-scan.png"), png);
    }
    assertTrue(javax.imageio.ImageIO.read(new ByteArrayInputStream(png)).getWidth() >= 1300);
  }
}
