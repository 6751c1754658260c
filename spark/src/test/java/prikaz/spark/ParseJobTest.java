package prikaz.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import prikaz.parser.OcrMode;
import prikaz.parser.OrderParser;

/**
 * The job in local mode on two cores over the five sample orders in three formats, a scan, a
 * truncated DOCX and a letter that is not an order: the rows of both tables, the failure rows, a
 * re-run that skips what is done, and JSON Lines output.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ParseJobTest {
  private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));
  private static final List<String> FORMATS = List.of("txt", "docx", "pdf");
  private static final String SCAN = "anzhero-sudzhensk-2022-575.scan.png";

  /** Per sample: number, date, items and sub-items read from it, as the plans print them. */
  private static final Map<String, Expected> SAMPLE_ORDERS = Map.of(
      "anzhero-sudzhensk-2022-575", new Expected("575", LocalDate.of(2022, 6, 29), 1, 15),
      "artem-2020-218", new Expected("218", LocalDate.of(2020, 10, 14), 1, 18),
      "balashov-2022-78", new Expected("78", LocalDate.of(2022, 2, 22), 0, 0),
      "chernozemelsky-2022-533", new Expected("533", LocalDate.of(2022, 11, 30), 2, 28),
      "spb-moskovsky-2023-8", new Expected("8", LocalDate.of(2023, 1, 10), 1, 18));

  private record Expected(String number, LocalDate date, int plans, int items) {}

  @TempDir static Path work;
  private static SparkSession spark;
  private static Path input;
  private static Path output;
  private static ParseJob.Summary first;

  @BeforeAll
  static void runOnce() throws Exception {
    spark = SparkSession.builder().master("local[2]").appName("prikaz-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate();
    input = Files.createDirectories(work.resolve("in"));
    for (String name : SAMPLE_ORDERS.keySet()) {
      for (String format : FORMATS) {
        Files.copy(SAMPLES.resolve(name + "." + format), input.resolve(name + "." + format));
      }
    }
    Files.copy(SAMPLES.resolve(SCAN), input.resolve(SCAN));
    // The first 3 KiB of a Word file: a ZIP cut off before its directory.
    byte[] docx = Files.readAllBytes(SAMPLES.resolve("artem-2020-218.docx"));
    Files.write(input.resolve("cut-off.docx"), java.util.Arrays.copyOf(docx, 3072));
    Files.writeString(input.resolve("letter.txt"), "Уважаемые коллеги!\n\nНапоминаем, что собрание"
        + " родителей переносится на четверг.\nС уважением, классный руководитель\n", StandardCharsets.UTF_8);
    output = work.resolve("out");
    first = ParseJob.run(spark, options(false));
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  private static JobOptions options(boolean skipExisting) {
    return new JobOptions(input.toString(), output.toString(), JobOptions.Format.PARQUET, OcrMode.AUTO,
        JobOptions.DEFAULT_TIMEOUT, skipExisting);
  }

  private static Dataset<Row> table(String name) {
    return spark.read().parquet(output.resolve(name).toString());
  }

  private static Row order(String file) {
    List<Row> rows = table(ParseJob.ORDERS).filter("path like '%/" + file + "'").collectAsList();
    assertEquals(1, rows.size(), file + ": one orders row");
    return rows.get(0);
  }

  @Test
  @org.junit.jupiter.api.Order(1)
  void everyFileIsOneOrdersRow() {
    assertEquals(new ParseJob.Summary(16, 2, 0), first);
    assertEquals(18, table(ParseJob.ORDERS).count());
  }

  @Test
  @org.junit.jupiter.api.Order(2)
  void eachSampleInEachFormatGivesItsNumberDateAndItems() throws Exception {
    for (Map.Entry<String, Expected> sample : SAMPLE_ORDERS.entrySet()) {
      for (String format : FORMATS) {
        String file = sample.getKey() + "." + format;
        Expected expected = sample.getValue();
        Row row = order(file);
        assertNull(row.getAs("errorKind"), file);
        assertEquals("ПРИКАЗ", row.getAs("docType"), file);
        assertEquals(expected.number(), row.getAs("number"), file);
        assertEquals(expected.date(), date(row, "date"), file);
        assertEquals(expected.date().getYear(), (int) row.getAs("year"), file);
        assertEquals(expected.plans(), (int) row.getAs("plans"), file);
        assertEquals(expected.items(), (int) row.getAs("itemCount"), file);
        assertEquals(expected.items(), table(ParseJob.ITEMS).filter("path like '%/" + file + "'").count(), file);
        assertEquals(sha256(input.resolve(file)), row.getAs("sha256"), file);
        // The same parser and the same JSON writer as prikaz parse --compact.
        byte[] content = Files.readAllBytes(input.resolve(file));
        String cli = ParsedRow.json(OrderParser.builder().build()
            .parse(new java.io.ByteArrayInputStream(content), file));
        assertEquals(cli, row.getAs("json"), file);
      }
    }
  }

  @Test
  @org.junit.jupiter.api.Order(3)
  void itemsCarryDeadlinesPartiesAndSubitems() {
    Dataset<Row> items = table(ParseJob.ITEMS).filter("path like '%/anzhero-sudzhensk-2022-575.txt'");
    Row sixth = items.filter("number = '6'").collectAsList().get(0);
    assertEquals("range", sixth.getAs("deadlineKind"));
    assertEquals("сентябрь-октябрь 2022", sixth.getAs("deadlineText"));
    assertEquals(LocalDate.of(2022, 9, 1), date(sixth, "deadlineStart"));
    assertEquals(LocalDate.of(2022, 10, 31), date(sixth, "deadlineEnd"));
    assertEquals(1, (int) sixth.getAs("plan"));
    assertEquals(2022, (int) sixth.getAs("year"));
    List<Row> responsible = sixth.getList(sixth.fieldIndex("responsible"));
    assertEquals(List.of("Грязнова Г.А.:person", "Анкудинова О.А.:person"),
        responsible.stream().map(r -> r.getString(0) + ":" + r.getString(1)).collect(Collectors.toList()));
    // Item 11 has three sub-items, numbered under it.
    List<Row> eleventh = items.filter("number = '11'").orderBy("subitem").collectAsList();
    assertEquals(4, eleventh.size());
    assertTrue(eleventh.get(0).isNullAt(eleventh.get(0).fieldIndex("subitem")));
    assertEquals(3, (int) eleventh.get(3).getAs("subitem"));
  }

  @Test
  @org.junit.jupiter.api.Order(4)
  void aScanIsReadWithOcr() {
    Row scan = order(SCAN);
    assertNull(scan.getAs("errorKind"), () -> scan.getAs("error"));
    assertTrue((boolean) scan.getAs("ocr"));
    assertEquals("575", scan.getAs("number"));
    assertEquals(LocalDate.of(2022, 6, 29), date(scan, "date"));
    // The image is the order's first page: the plan's first items are on it.
    int items = scan.getAs("itemCount");
    assertTrue(items > 0, "items read from the page");
    assertEquals(items, table(ParseJob.ITEMS).filter("path like '%/" + SCAN + "'").count());
    List<String> numbers = table(ParseJob.ITEMS).filter("path like '%/" + SCAN + "'").collectAsList().stream()
        .map(r -> r.<String>getAs("number")).toList();
    assertTrue(numbers.containsAll(List.of("1", "2")), numbers::toString);
  }

  @Test
  @org.junit.jupiter.api.Order(5)
  void failuresAreRowsWithTheirError() throws IOException {
    Row cut = order("cut-off.docx");
    assertEquals("UNREADABLE", cut.getAs("errorKind"));
    assertNotNull(cut.getAs("error"));
    assertEquals(sha256(input.resolve("cut-off.docx")), cut.getAs("sha256"));
    assertNull(cut.getAs("json"));
    assertNull(cut.getAs("year"));
    Row letter = order("letter.txt");
    assertEquals("NOT_AN_ORDER", letter.getAs("errorKind"));
    assertTrue(((String) letter.getAs("error")).startsWith("not an order"), () -> letter.getAs("error"));
    assertEquals(0, table(ParseJob.ITEMS).filter("path like '%/cut-off.docx' or path like '%/letter.txt'").count());
  }

  @Test
  @org.junit.jupiter.api.Order(6)
  void tablesArePartitionedByTheOrdersYear() {
    for (String table : List.of(ParseJob.ORDERS, ParseJob.ITEMS)) {
      assertTrue(Files.isDirectory(output.resolve(table).resolve("year=2020")), table);
      assertTrue(Files.isDirectory(output.resolve(table).resolve("year=2023")), table);
    }
    assertFalse(Files.exists(output.resolve(ParseJob.ITEMS).resolve("year=2021")));
  }

  @Test
  @org.junit.jupiter.api.Order(7)
  void aRerunSkipsWhatIsDoneAndParsesWhatIsNew() throws Exception {
    ParseJob.JobException refused = assertThrows(ParseJob.JobException.class,
        () -> ParseJob.run(spark, options(false)));
    assertTrue(refused.getMessage().contains("--skip-existing"), refused.getMessage());
    Files.copy(SAMPLES.resolve("artem-2020-218.rtf"), input.resolve("artem-2020-218.rtf"));
    // The same bytes under a new name are done already.
    Files.copy(SAMPLES.resolve("balashov-2022-78.txt"), input.resolve("balashov-copy.txt"));
    assertEquals(new ParseJob.Summary(1, 0, 19), ParseJob.run(spark, options(true)));
    assertEquals(19, table(ParseJob.ORDERS).count());
    assertEquals(1, table(ParseJob.ORDERS).select("path").distinct().filter("path like '%/artem-2020-218.rtf'").count());
    assertEquals(18, table(ParseJob.ITEMS).filter("path like '%/artem-2020-218.rtf'").count());
    assertEquals(new ParseJob.Summary(0, 0, 20), ParseJob.run(spark, options(true)));
    assertEquals(19, table(ParseJob.ORDERS).count());
  }

  @Test
  @org.junit.jupiter.api.Order(8)
  void jsonLinesAndATimeLimit() throws Exception {
    Path in = Files.createDirectories(work.resolve("jsonl-in"));
    Files.copy(SAMPLES.resolve("artem-2020-218.txt"), in.resolve("artem-2020-218.txt"));
    Files.copy(SAMPLES.resolve("artem-2020-218.scan.png"), in.resolve("artem-2020-218.scan.png"));
    Path out = work.resolve("jsonl-out");
    // One second is too little for a page of OCR: the scan fails as a timeout, the text does not.
    ParseJob.Summary summary = ParseJob.run(spark, new JobOptions(in.resolve("*").toString(), out.toString(),
        JobOptions.Format.JSONL, OcrMode.AUTO, Duration.ofSeconds(1), false));
    assertEquals(new ParseJob.Summary(1, 1, 0), summary);
    List<String> lines = Files.list(out.resolve(ParseJob.ORDERS).resolve("year=2020"))
        .filter(p -> p.getFileName().toString().endsWith(".json"))
        .flatMap(ParseJobTest::lines).collect(Collectors.toList());
    assertEquals(1, lines.size());
    assertTrue(lines.get(0).contains("\"number\":\"218\""), lines.get(0));
    Row timeout = spark.read().json(out.resolve(ParseJob.ORDERS).toString())
        .filter("errorKind is not null").collectAsList().get(0);
    assertEquals("TIMEOUT", timeout.getAs("errorKind"));
    assertTrue(((String) timeout.getAs("path")).endsWith("artem-2020-218.scan.png"));
    assertEquals(18, spark.read().json(out.resolve(ParseJob.ITEMS).toString()).count());
  }

  /** A date column, whichever Java type the session returns dates as. */
  private static LocalDate date(Row row, String column) {
    Object value = row.getAs(column);
    return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
  }

  private static java.util.stream.Stream<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
