package prikaz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output format follows {@code -f}, else the output file's extension; never the terminal. */
class OutputChoiceTest {
  private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));
  private static final String ORDER = SAMPLES.resolve("artem-2020-218.txt").toString();
  private static final String NEXT_YEAR = SAMPLES.resolve("diff/artem-2021-305.txt").toString();

  @Test
  void parseTakesTheFormatFromTheOutputsExtension(@TempDir Path dir) throws Exception {
    Path xlsx = dir.resolve("plan.xlsx");
    Run run = Run.of("parse", ORDER, "-o", xlsx.toString());
    assertEquals(0, run.exit(), run.err());
    try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
      assertEquals(4, prikaz.app.export.XlsxExporterTest.headerRow(book.getSheet("План")), "the plan sheet, title block first");
    }
    Path csv = dir.resolve("plan.CSV");
    assertEquals(0, Run.of("parse", ORDER, "-o", csv.toString()).exit());
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFFФайл;Издатель;"), text.substring(0, 40));

    Path ics = dir.resolve("plan.ics");
    assertEquals(0, Run.of("parse", ORDER, "-o", ics.toString()).exit());
    assertTrue(Files.readString(ics).startsWith("BEGIN:VCALENDAR"));

    Path other = dir.resolve("plan.out");
    assertEquals(0, Run.of("parse", ORDER, "-o", other.toString()).exit());
    assertTrue(Files.readString(other).startsWith("{\n  \"schema\": \"prikaz/1\""), "JSON for other names");

    Path forced = dir.resolve("forced.xlsx");
    assertEquals(0, Run.of("parse", ORDER, "-f", "json", "-o", forced.toString()).exit());
    assertTrue(Files.readString(forced).startsWith("{"), "-f wins over the extension");
  }

  @Test
  void binaryToATerminalIsRefusedAndDashIsStdout() {
    Run terminal = Run.onTerminal("parse", ORDER, "-f", "xlsx");
    assertEquals(2, terminal.exit());
    assertEquals(0, terminal.data().length, "nothing written to the terminal");
    assertTrue(terminal.err().startsWith("prikaz: -f xlsx is a binary format: write it to a file with -o FILE"),
        terminal.err());
    assertTrue(Run.onTerminal("--lang", "ru", "parse", ORDER, "-f", "xlsx").err()
        .startsWith("prikaz: -f xlsx — двоичный формат"));

    Run piped = Run.of("parse", ORDER, "-f", "xlsx", "-o", "-");
    assertEquals(0, piped.exit(), piped.err());
    assertEquals('P', piped.data()[0]);
    assertEquals('K', piped.data()[1]);
    assertFalse(Files.exists(Path.of("-")), "«-» is stdout, not a file of that name");

    Run json = Run.of("parse", ORDER, "-o", "-");
    assertTrue(json.out().startsWith("{"), json.out());
  }

  @Test
  void diffFormatIsChosenByFormatOrExtensionNeverByTheTerminal(@TempDir Path dir) throws Exception {
    Run piped = Run.of("diff", ORDER, NEXT_YEAR, "--lang", "ru");
    assertEquals(1, piped.exit(), piped.err());
    assertTrue(piped.out().startsWith("было: artem-2020-218.txt"), piped.out());
    assertEquals(piped.out(), Run.onTerminal("diff", ORDER, NEXT_YEAR, "--lang", "ru", "--color", "never").out());

    Path report = dir.resolve("report.txt");
    Run.of("diff", ORDER, NEXT_YEAR, "-o", report.toString());
    assertTrue(Files.readString(report).startsWith("old: artem-2020-218.txt"), Files.readString(report));
    Path json = dir.resolve("report.json");
    Run.of("diff", ORDER, NEXT_YEAR, "-o", json.toString());
    assertTrue(Files.readString(json).startsWith("{"));

    assertEquals(2, Run.onTerminal("diff", ORDER, NEXT_YEAR, "-f", "xlsx").exit());
  }

  @Test
  void diffAndBatchCsvHaveTheDialects(@TempDir Path dir) throws Exception {
    Run excel = Run.of("diff", ORDER, NEXT_YEAR, "-f", "csv");
    String text = new String(excel.data(), StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFF\u200B@@;План;Раздел;№;Мероприятие;"), text.substring(0, 40));
    Run rfc = Run.of("diff", ORDER, NEXT_YEAR, "-f", "csv", "--csv-dialect", "rfc4180");
    assertTrue(rfc.out().startsWith("@@,План,Раздел,№,Мероприятие,"), rfc.out().substring(0, 40));

    Path combined = dir.resolve("all.csv");
    Run batch = Run.of("batch", ORDER, "--out", dir.resolve("out").toString(), "-f", "csv", "--csv-dialect", "rfc4180",
        "--combined", combined.toString());
    assertEquals(0, batch.exit(), batch.err());
    assertTrue(Files.readString(combined).startsWith("file,issuer,order_date,"));
    assertTrue(Files.readString(dir.resolve("out/artem-2020-218.txt.csv")).startsWith("file,issuer,"));
  }
}
