package prikaz.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import prikaz.parser.model.Appendix;
import prikaz.parser.model.Deadline;
import prikaz.parser.model.Header;
import prikaz.parser.model.Item;
import prikaz.parser.model.Location;
import prikaz.parser.model.Order;
import prikaz.parser.model.PageArea;
import prikaz.parser.model.Party;
import prikaz.parser.model.Period;
import prikaz.parser.model.Plan;
import prikaz.parser.model.Point;
import prikaz.parser.model.Recurrence;
import prikaz.parser.model.Reference;
import prikaz.parser.model.Section;
import prikaz.parser.model.Signatory;
import prikaz.parser.model.Source;
import prikaz.parser.model.Warning;

/** The streaming writer gives, byte for byte, what the data-binding mapper gives for the same order. */
class OrderJsonTest {
  private static final Path EXPECTED = Path.of(System.getProperty("samples.dir", "../samples"), "expected");

  @Test
  void everyFieldAndEveryOptionalOneAsTheMapperWritesThem() throws Exception {
    Order order = everything();
    for (boolean pretty : List.of(true, false)) {
      String streamed = streamed(order, pretty);
      assertEquals(bound(order, pretty), streamed, pretty ? "pretty" : "compact");
    }
    String compact = streamed(order, false);
    assertTrue(compact.contains("\"path\":\"in/приказ.pdf\""), compact);
    assertTrue(compact.contains("\"appendixOf\":{\"number\":\"2\""), compact);
    assertTrue(compact.contains("\"anchor\":\"до 5 числа\""), compact);
    assertTrue(compact.contains("\"confidence\":{\"activity\":0.91,\"number\":null}"), compact);
    assertTrue(compact.contains("\"pageAreas\":[{\"page\":2,\"x\":0.1,\"y\":0.25,\"width\":0.5,\"height\":0.125}]"),
        compact);
    assertTrue(compact.contains("\"where\":\"plan 1, item 3.1\""), compact);
  }

  @Test
  void whatTheMapperLeavesOutTheWriterLeavesOutToo() throws Exception {
    Item bare = new Item("1", null, "Совещание", null, List.of(), List.of(), null, Map.of(), List.of(), Map.of());
    Order order = new Order(new Source("a.txt", "txt", "00", "UTF-8", false),
        new Header(null, List.of(), "ПРИКАЗ", null, null, null, null, null, List.of(), List.of(), null),
        List.of(new Plan(null, null, null, List.of(), List.of(), List.of(bare))), List.of());
    String compact = streamed(order, false);
    assertEquals(bound(order, false), compact);
    assertTrue(!compact.contains("confidence") && !compact.contains("pageAreas") && !compact.contains("appendixOf")
        && !compact.contains("\"path\""), compact);
  }

  @Test
  void theSamplesExpectedOrdersAreWrittenAsTheMapperWritesThem() throws Exception {
    try (var files = Files.list(EXPECTED)) {
      List<Path> expected = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
      assertEquals(5, expected.size());
      for (Path file : expected) {
        Order order;
        try (var in = Files.newInputStream(file)) {
          order = JsonExporter.read(in);
        }
        assertEquals(bound(order, true), streamed(order, true), file.getFileName().toString());
      }
    }
  }

  private static Order everything() {
    Reference act = new Reference("постановление", "администрация города", LocalDate.of(2022, 3, 1), "12-п",
        "Об утверждении программы", "постановлением администрации города от 01.03.2022 № 12-п");
    Deadline monthly = new Deadline("ежемесячно, до 5 числа", Deadline.Kind.recurring, LocalDate.of(2022, 9, 1),
        LocalDate.of(2023, 5, 31), new Recurrence(Recurrence.Every.month, List.of(9, 10, 11), "до 5 числа"), true);
    Deadline may = new Deadline("май 2023", Deadline.Kind.range, LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 31),
        null, false);
    Section outer = new Section("I", "Организационные мероприятия", null);
    Section inner = new Section("1.", "Совещания", outer);
    Map<String, String> extra = new LinkedHashMap<>();
    extra.put("Примечание", "по согласованию");
    extra.put("Отметка", null);
    Map<String, Double> confidence = new LinkedHashMap<>();
    confidence.put("activity", 0.91);
    confidence.put("number", null);
    Item sub = new Item("3.1", inner, "Подготовить \"отчёт\"\nи направить", may,
        List.of(new Party("Иванова И.И.", Party.Type.person)), List.of(), "отчёт", Map.of(), List.of(), Map.of());
    Item item = new Item("3", inner, "Провести совещание", monthly,
        List.of(new Party("управление образования", Party.Type.organisation)),
        List.of(new Party("руководители ОО", Party.Type.group)), null, extra, List.of(sub), confidence,
        List.of(new PageArea(2, 0.1, 0.25, 0.5, 0.125)));
    Plan plan = new Plan("План мероприятий", "приложение 2", new Appendix("2", act, "Приложение 2 к приказу"),
        new Period("2022-2023 учебный год", LocalDate.of(2022, 9, 1), LocalDate.of(2023, 8, 31)),
        List.of("№", "Мероприятие", "Срок"), List.of("* по мере поступления"), List.of(item));
    Header header = new Header("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ", List.of("ИНН 0000000000"), "ПРИКАЗ",
        LocalDate.of(2022, 8, 30), "575", "г. Город", "Об утверждении плана", "В целях …", List.of(act),
        List.of(new Point("1", "Утвердить план.", may, List.of(new Point("1.1", "Подпункт.", null, List.of())))),
        new Signatory("Начальник управления", "А.Б. Петров"));
    List<Warning> warnings = List.of(
        new Warning(Warning.Code.values()[0], "первое", Location.item(1, null, "3.1")),
        new Warning(Warning.Code.values()[1], "второе", null));
    return new Order(new Source("приказ.pdf", "pdf", "ab12", null, true).withPath("in/приказ.pdf"), header,
        List.of(plan), warnings);
  }

  private static String streamed(Order order, boolean pretty) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonExporter(pretty).write(order, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** What the data-binding mapper writes, as the exporter wrote it before it streamed. */
  private static String bound(Order order, boolean pretty) throws Exception {
    var mapper = JsonExporter.mapper();
    return (pretty ? mapper.writer(JsonExporter.prettyPrinter()) : mapper.writer()).writeValueAsString(order) + "\n";
  }
}
