package prikaz.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import prikaz.parser.OrderParser;
import prikaz.parser.model.Order;

/** Each CSV is read back with Jackson's CSV parser and its values compared. */
class CsvExporterTest {
  private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));

  private static Order sample(String name) throws Exception {
    return OrderParser.builder().build().parse(SAMPLES.resolve(name));
  }

  private static byte[] write(Order order, CsvExporter.Dialect dialect, Charset charset) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CsvExporter(dialect, charset).write(order, out);
    return out.toByteArray();
  }

  private static List<List<String>> read(String text, char separator) throws Exception {
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
    try (MappingIterator<List<String>> rows = mapper.readerForListOf(String.class).with(schema).readValues(text)) {
      return rows.readAll();
    }
  }

  @Test
  void excelDialectOpensInARussianExcel() throws Exception {
    byte[] bytes = write(sample("anzhero-sudzhensk-2022-575.txt"), CsvExporter.Dialect.EXCEL, StandardCharsets.UTF_8);
    assertEquals(0xEF, bytes[0] & 0xFF, "UTF-8 BOM");
    assertEquals(0xBB, bytes[1] & 0xFF);
    assertEquals(0xBF, bytes[2] & 0xFF);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertTrue(text.contains("\r\n"));
    assertFalse(text.replace("\r\n", "").contains("\n") && !text.contains("\"\n"), "CRLF row ends");
    List<List<String>> rows = read(text, ';');
    assertEquals(List.of("Файл", "Издатель", "Дата приказа", "Номер приказа", "План", "Раздел", "№", "Подпункт",
        "Мероприятие", "Срок (как в документе)", "Начало", "Окончание", "Вид срока", "Ответственные", "Участники",
        "Результат", "Предупреждения"), rows.get(0));
    assertEquals(1 + 12 + 3, rows.size(), "header + 12 items + 3 sub-items");
    List<String> sixth = rows.get(6);
    String mark = String.valueOf(SpreadsheetText.MARK);
    assertEquals(mark + "6", sixth.get(6), "a number a spreadsheet keeps as text");
    assertEquals("сентябрь-октябрь 2022", sixth.get(9), "two words: no spreadsheet reads it as a date");
    assertEquals("anzhero-sudzhensk-2022-575.txt", sixth.get(0));
    assertEquals("01.09.2022", sixth.get(10));
    assertEquals("31.10.2022", sixth.get(11));
    assertEquals("Грязнова Г.А.; Анкудинова О.А.", sixth.get(13));
    List<String> seminar = rows.get(12);
    assertEquals(mark + "11", seminar.get(6));
    assertEquals(mark + "1", seminar.get(7));
    assertEquals(mark + "Октябрь 2022", seminar.get(9));
  }

  @Test
  void rfc4180DialectIsForScripts() throws Exception {
    byte[] bytes = write(sample("chernozemelsky-2022-533.txt"), CsvExporter.Dialect.RFC4180, StandardCharsets.UTF_8);
    assertEquals('f', bytes[0], "no BOM");
    List<List<String>> rows = read(new String(bytes, StandardCharsets.UTF_8), ',');
    assertEquals(List.of("file", "issuer", "order_date", "order_number", "plan_title", "section", "number", "subitem",
        "activity", "deadline", "start", "end", "deadline_kind", "responsible", "participants", "result", "warnings"),
        rows.get(0));
    assertEquals(1 + 17 + 11, rows.size());
    List<String> first = rows.get(1);
    assertEquals("1.1. Система оценки качества подготовки обучающихся", first.get(5));
    assertEquals("2022-09-01", first.get(10));
    assertTrue(rows.get(6).get(8).contains("\n2. Ежегодный методический анализ результатов ГИА"), "line breaks inside a quoted cell");
  }

  @Test
  void windows1251ForOldSystems() throws Exception {
    byte[] bytes = write(sample("artem-2020-218.txt"), CsvExporter.Dialect.EXCEL, Charset.forName("windows-1251"));
    assertEquals((byte) 0xD4, bytes[0], "«Ф» of «Файл» in windows-1251, no BOM");
    List<List<String>> rows = read(new String(bytes, Charset.forName("windows-1251")), ';');
    assertEquals(19, rows.size());
    assertEquals("Разработка и утверждение локального нормативного акта об утверждении муниципальной системы "
        + "оценки качества образования", rows.get(1).get(8));
  }

  @Test
  void cellsThatLookLikeFormulasAreDefused() throws Exception {
    Order order = HostileOrder.parse();
    byte[] bytes = write(order, CsvExporter.Dialect.EXCEL, StandardCharsets.UTF_8);
    List<List<String>> rows = read(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), ';');
    String mark = String.valueOf(SpreadsheetText.MARK);
    assertEquals(mark + HostileOrder.HYPERLINK, rows.get(1).get(8));
    assertEquals(mark + "+7 900 000-00-00", rows.get(1).get(13));
    assertEquals(mark + "@SUM(A1:A9)", rows.get(1).get(15));
    assertEquals(mark + "-2+3", rows.get(2).get(8));
    assertEquals("Иванов И.И.", rows.get(2).get(13), "prose is left alone");
    bytes = write(order, CsvExporter.Dialect.RFC4180, StandardCharsets.UTF_8);
    rows = read(new String(bytes, StandardCharsets.UTF_8), ',');
    assertEquals("'" + HostileOrder.HYPERLINK, rows.get(1).get(8), "for programs: OWASP's apostrophe");
    assertEquals("'-2+3", rows.get(2).get(8));
    for (List<String> row : rows) {
      for (String cell : row) {
        assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, "live formula cell: " + cell);
      }
    }
  }

  /** Numbering that starts again in each section: a row's warning lands on that row, not its namesake. */
  @Test
  void warningsFollowSectionAndNumber() throws Exception {
    Order order = OrderParser.builder().build().parse(SAMPLES.resolveSibling("parser/src/test/resources/variants")
        .resolve("khabarovsk-2015-5976-fixed-width.txt"));
    List<ItemRow> rows = ItemRow.of(order);
    assertEquals(List.of("I. Нормативное обеспечение/1", "I. Нормативное обеспечение/2",
        "II. Методическое обеспечение/1", "II. Методическое обеспечение/2"),
        rows.stream().map(r -> r.section() + "/" + r.number()).toList());
    assertTrue(rows.get(1).warningsText(false).startsWith("INNER_DEADLINE_CONFLICT: the activity says «до 10 февраля 2016 года»"),
        rows.get(1).warningsText(false));
    assertTrue(rows.get(1).warningsText(true).startsWith(
        "INNER_DEADLINE_CONFLICT: в мероприятии сказано «до 10 февраля 2016 года» (10.02.2016), а в графе срока — «"),
        rows.get(1).warningsText(true));
    assertEquals("", rows.get(3).warningsText(true));
  }

  /** An appendix without its order: the order's columns come from the act its appendix block names. */
  @Test
  void appendixAloneTakesTheOrderColumnsFromItsBlock() throws Exception {
    Order order = OrderParser.builder().build().parse(SAMPLES.resolveSibling("parser/src/test/resources/variants")
        .resolve("krasnoyarsk-2021-appendix-only.txt"));
    ItemRow row = ItemRow.of(order).get(0);
    assertEquals("администрация города Красноярска", row.issuer());
    assertEquals(java.time.LocalDate.of(2021, 3, 15), row.orderDate());
    assertEquals("2766-р", row.orderNumber());
  }
}
