package prikaz.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prikaz.app.export.JsonExporter;

/** {@code prikaz diff} on the test pairs in all four formats, its exit codes and its inputs. */
class DiffCommandTest {
  private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));
  private static final String OLD = SAMPLES.resolve("artem-2020-218.txt").toString();
  private static final String NEW = SAMPLES.resolve("diff/artem-2021-305.txt").toString();

  @Test
  void textReport() {
    Run run = Run.of("diff", OLD, NEW, "-f", "text", "--lang", "ru");
    assertEquals(1, run.exit(), run.err());
    assertEquals("", run.err());
    String text = run.out();
    assertFalse(text.contains("\033["), "no colour when stdout is not a terminal");
    assertTrue(text.startsWith("было: artem-2020-218.txt — ПРИКАЗ № 218 от 14.10.2020\n"
        + "стало: artem-2021-305.txt — ПРИКАЗ № 305 от 12.10.2021\n"), text);
    assertTrue(text.contains("    - приказ министерство образования Приморского края от 21.09.2020 № 23а-1000 «"), text);
    assertTrue(text.contains("    + приказ министерство образования Приморского края от 20.09.2021 № 23а-1150 «"), text);
    assertTrue(text.contains("  ~ 2 → 2    Составление плана-графика контрольных мероприятий по объективности проведения оценочных п…\n"
        + "      срок: Октябрь 2020 → Ноябрь 2021 (позже на 1 мес.)\n"), text);
    assertTrue(text.contains("      ответственные: - МБУО Центр образования, + Заместитель начальника управления образования\n"), text);
    assertTrue(text.contains("      мероприятие: Проведение мониторинга обеспечения объективности оценочных процедур на уровне ОО и "
        + "анализ {+его+} результатов [-данного мониторинга-]\n"), text);
    assertTrue(text.contains("  - 7        Осуществление выборочной проверки работ по ВПР муниципальной комиссией\n"), text);
    assertTrue(text.contains("  + 6        Мониторинг размещения на сайтах ОО информации о результатах оценочных процедур\n"), text);
    assertTrue(text.contains("Итого: без изменений 11, изменено 5, добавлено 3, удалено 2; изменений в реквизитах 2\n"), text);

    Run english = Run.of("diff", OLD, NEW, "-f", "text", "--color", "always");
    assertTrue(english.out().contains("\033[33m  ~ 2 → 2"), "coloured when asked");
    assertTrue(english.out().contains("Summary: unchanged 11, changed 5, added 3, removed 2; header changes 2"),
        english.out());
  }

  @Test
  void jsonReportFollowsItsSchema() throws Exception {
    Run run = Run.of("diff", OLD, NEW, "-f", "json");
    assertEquals(1, run.exit(), run.err());
    JsonNode json = JsonExporter.mapper().readTree(run.out());
    assertEquals("prikaz-diff/1", json.get("schema").asText());
    assertFalse(json.get("equivalent").asBoolean());
    assertEquals(11, json.at("/summary/unchanged").asInt());
    assertEquals(3, json.at("/summary/fields/deadline").asInt());
    JsonNode moved = json.at("/plans/0/rows/1");
    assertEquals("changed", moved.get("status").asText());
    assertEquals("Ноябрь 2021", moved.at("/changes/0/after").asText());
    assertEquals(1, moved.at("/changes/0/shiftMonths").asInt());
    assertEquals("2021-11-01", moved.at("/after/deadline/start").asText());

    JsonSchema schema = schema();
    assertEquals(java.util.Set.of(), schema.validate(json));
    ObjectNode bad = json.deepCopy();
    ((ObjectNode) bad.at("/plans/0/rows/1")).put("status", "moved");
    assertFalse(schema.validate(bad).isEmpty(), "an unknown status is refused");
    ObjectNode badDeadline = json.deepCopy();
    ((ObjectNode) badDeadline.at("/plans/0/rows/1/after/deadline")).put("kind", "soon");
    assertFalse(schema.validate(badDeadline).isEmpty(), "rows are checked against prikaz-1's deadline");

    JsonNode reworded = JsonExporter.mapper().readTree(Run.of("diff", SAMPLES.resolve("anzhero-sudzhensk-2022-575.txt")
        .toString(), SAMPLES.resolve("diff/anzhero-sudzhensk-2022-640.txt").toString(), "-f", "json").out());
    assertEquals(java.util.Set.of(), schema.validate(reworded));
    assertEquals("И.о. начальника управления образования О.А. Анкудинова", reworded.at("/header/signatory/after").asText());
  }

  private static JsonSchema schema() throws Exception {
    Path dir = SAMPLES.resolve("../docs/schema").toAbsolutePath().normalize();
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
        builder -> builder.schemaMappers(m -> m.mapPrefix("https://prikaz.example/schema/", dir.toUri().toString())));
    try (InputStream in = Files.newInputStream(dir.resolve("prikaz-diff-1.schema.json"))) {
      return factory.getSchema(in, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    }
  }

  @Test
  void csvIsDaffsHighlighterFormat() throws Exception {
    Run run = Run.of("diff", OLD, NEW, "-f", "csv", "--csv-dialect", "rfc4180");
    assertEquals(1, run.exit(), run.err());
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<List<String>> rows = new ArrayList<>();
    try (var it = mapper.readerForListOf(String.class).<List<String>>readValues(run.data())) {
      it.forEachRemaining(rows::add);
    }
    assertEquals(List.of("@@", "План", "Раздел", "№", "Мероприятие", "Срок", "Ответственные", "Участники", "Результат",
        "№ было"), rows.get(0));
    Map<String, Integer> actions = new TreeMap<>();
    rows.subList(1, rows.size()).forEach(r -> actions.merge(r.get(0), 1, Integer::sum));
    assertEquals(Map.of("", 11, "->", 5, "+++", 3, "---", 2), actions);
    List<String> moved = rows.get(2);
    assertEquals(List.of("->", "2", "Составление плана-графика контрольных мероприятий по объективности проведения оценочных процедур в ОО",
        "Октябрь 2020->Ноябрь 2021", "МБУО Центр образования", "", "", "2"),
        List.of(moved.get(0), moved.get(3), moved.get(4), moved.get(5), moved.get(6), moved.get(7), moved.get(8), moved.get(9)));
    List<String> removed = rows.stream().filter(r -> r.get(0).equals("---")).findFirst().orElseThrow();
    assertEquals("", removed.get(3), "no new number");
    assertEquals("7", removed.get(9));
    assertTrue(new String(run.data(), StandardCharsets.UTF_8).startsWith("@@,"), "no BOM");
  }

  @Test
  void xlsxPrintsReadablyWithALegendAndTheChangedWordsMarked(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("changes.xlsx");
    Run run = Run.of("diff", OLD, NEW, "-o", out.toString());
    assertEquals(1, run.exit(), run.err());
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(out))) {
      XSSFSheet sheet = book.getSheet("Сравнение");
      assertEquals("Было: artem-2020-218.txt — ПРИКАЗ № 218 от 14.10.2020", sheet.getRow(0).getCell(0).getStringCellValue());
      assertEquals("добавлена", sheet.getRow(2).getCell(0).getStringCellValue(), "the legend");
      assertEquals("строка есть только в новом плане", sheet.getRow(2).getCell(1).getStringCellValue());
      assertEquals("C6EFCE", fill(sheet.getRow(2).getCell(0)));
      int h = 7;
      assertEquals(List.of("Изменение", "Раздел", "№ было", "№ стало", "Мероприятие", "Срок", "Ответственные", "Участники",
          "Результат", "Что изменилось"), cells(sheet.getRow(h)));
      assertEquals(h + 21, sheet.getLastRowNum(), "a header and 21 rows");
      assertTrue(sheet.isColumnHidden(7), "no participants in either plan: not printed");
      assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize());
      assertTrue(sheet.getPrintSetup().getLandscape());
      assertEquals(1, sheet.getPrintSetup().getFitWidth());
      assertEquals(h, sheet.getRepeatingRows().getFirstRow());

      XSSFRow moved = sheet.getRow(h + 2);
      assertEquals("изменена", moved.getCell(0).getStringCellValue());
      assertEquals("Октябрь 2020 → Ноябрь 2021", moved.getCell(5).getStringCellValue());
      assertTrue(font(moved.getCell(5), 0).getStrikeout(), "the old deadline struck through");
      assertTrue(font(moved.getCell(5), "Октябрь 2020 → ".length()).getBold(), "the new one in bold");
      assertEquals("срок: Октябрь 2020 → Ноябрь 2021 (позже на 1 мес.)", moved.getCell(9).getStringCellValue());
      assertEquals("FFF2CC", fill(moved.getCell(1)), "a changed row is yellow");
      assertEquals("FFD966", fill(moved.getCell(5)), "its changed cell deeper");

      XSSFRow reworded = sheet.getRow(h + 14);
      String activity = reworded.getCell(4).getStringCellValue();
      assertEquals("Проведение мониторинга обеспечения объективности оценочных процедур на уровне ОО и анализ его "
          + "результатов данного мониторинга", activity);
      assertTrue(font(reworded.getCell(4), activity.indexOf("его")).getBold());
      assertTrue(font(reworded.getCell(4), activity.indexOf("данного")).getStrikeout());
      assertEquals("мероприятие: убрано «данного мониторинга», добавлено «его»", reworded.getCell(9).getStringCellValue());

      XSSFRow added = sheet.getRow(h + 6);
      assertEquals("добавлена", added.getCell(0).getStringCellValue());
      assertEquals("C6EFCE", fill(added.getCell(4)));
      XSSFRow removed = sheet.getRow(h + 8);
      assertEquals("удалена", removed.getCell(0).getStringCellValue());
      assertEquals("Осуществление выборочной проверки работ по ВПР муниципальной комиссией",
          removed.getCell(4).getStringCellValue());
      assertEquals("FFC7CE", fill(removed.getCell(4)));

      XSSFSheet summary = book.getSheet("Итоги");
      assertEquals("Изменено", summary.getRow(3).getCell(0).getStringCellValue());
      assertEquals("5", summary.getRow(3).getCell(1).getStringCellValue());
      assertEquals(1, summary.getPrintSetup().getFitHeight(), "«Итоги» prints on one page");
      assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE, summary.getPrintSetup().getPaperSize());
    }
  }

  private static List<String> cells(XSSFRow row) {
    List<String> cells = new ArrayList<>();
    for (int c = 0; c < row.getLastCellNum(); c++) {
      cells.add(row.getCell(c).getStringCellValue());
    }
    return cells;
  }

  /** The font of the character at {@code index} of a rich-text cell. */
  private static org.apache.poi.xssf.usermodel.XSSFFont font(XSSFCell cell, int index) {
    var text = cell.getRichStringCellValue();
    for (int run = 0; run < text.numFormattingRuns(); run++) {
      int start = text.getIndexOfFormattingRun(run);
      if (index >= start && index < start + text.getLengthOfFormattingRun(run)) {
        return text.getFontOfFormattingRun(run);
      }
    }
    throw new AssertionError("no run at " + index);
  }

  private static String fill(XSSFCell cell) {
    return cell.getCellStyle().getFillForegroundColorColor().getARGBHex().substring(2);
  }

  @Test
  void exitCodesAndInputs(@TempDir Path dir) throws Exception {
    // The same order as a document and as the JSON prikaz parse wrote: equivalent, exit 0.
    Path json = dir.resolve("artem.json");
    assertEquals(0, Run.of("parse", OLD, "-o", json.toString()).exit());
    Run same = Run.of("diff", json.toString(), SAMPLES.resolve("artem-2020-218.docx").toString(), "-f", "text");
    assertEquals(0, same.exit(), same.err() + same.out());
    assertTrue(same.out().contains("The plans are equivalent."), same.out());

    Path missing = dir.resolve("missing.docx");
    Run gone = Run.of("diff", OLD, missing.toString());
    assertEquals(2, gone.exit());
    assertEquals("prikaz: " + missing + ": no such file\n", gone.err());
    assertEquals("", gone.out(), "nothing on stdout");

    Path notJson = Files.writeString(dir.resolve("x.json"), "{\"schema\": \"other/1\", \"source\": ");
    Run broken = Run.of("diff", notJson.toString(), OLD);
    assertEquals(2, broken.exit());
    assertTrue(broken.err().startsWith("prikaz: " + notJson + ": not a prikaz JSON result: "), broken.err());

    Run threshold = Run.of("diff", OLD, NEW, "--threshold", "0");
    assertEquals(2, threshold.exit());
    assertTrue(threshold.err().startsWith("prikaz: --threshold must be above 0 and at most 1"), threshold.err());

    // A looser threshold pairs more; the same rows stay paired.
    JsonNode loose = JsonExporter.mapper().readTree(Run.of("diff", OLD, NEW, "--threshold", "0.3", "-f", "json").out());
    assertEquals(0.3, loose.get("threshold").asDouble());
    assertTrue(loose.at("/summary/added").asInt() <= 3);
  }

  @Test
  void theReportIsTheSameBytesEveryTime() {
    byte[] first = Run.of("diff", OLD, NEW, "-f", "csv").data();
    assertArrayEquals(first, Run.of("diff", OLD, NEW, "-f", "csv").data());
    assertTrue(first.length > 1000);
  }
}
