package prikaz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.component.VTodo;
import biweekly.util.Frequency;
import biweekly.util.ICalDate;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import prikaz.app.export.IcsExporter;
import prikaz.parser.OrderParser;
import prikaz.parser.model.Order;

/** The .ics output read back by biweekly, an iCalendar parser independent of the ical4j writer. */
class IcsExporterTest {
  private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));
  private static final OrderParser PARSER = OrderParser.builder().build();

  private static ICalendar write(Order order) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new IcsExporter().write(order, out);
    ICalendar calendar = Biweekly.parse(out.toString(StandardCharsets.UTF_8)).first();
    assertNotNull(calendar, "biweekly read no calendar");
    return calendar;
  }

  private static LocalDate date(ICalDate value) {
    assertTrue(!value.hasTime(), "an all-day date");
    // biweekly gives date-only values as midnight in the default zone.
    return value.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
  }

  @Test
  void datedItemsAreAllDayEventsAndByDeadlinesAreToDos() throws Exception {
    Order order = PARSER.parse(SAMPLES.resolve("word/merged-cells.docx"));
    ICalendar calendar = write(order);

    // Five items: four with a month or a span, one «до 30.11.2023».
    assertEquals(4, calendar.getEvents().size());
    assertEquals(1, calendar.getTodos().size());
    VEvent first = calendar.getEvents().get(0);
    assertEquals("Издание приказа об организации подготовки к государственной итоговой аттестации",
        first.getSummary().getValue());
    assertEquals(LocalDate.of(2023, 9, 1), date(first.getDateStart().getValue()));
    assertEquals(LocalDate.of(2023, 10, 1), date(first.getDateEnd().getValue()), "DTEND is exclusive");
    assertTrue(first.getDescription().getValue().contains("Ответственные: Петрова А.А."),
        first.getDescription().getValue());
    assertEquals(List.of("Нормативное правовое обеспечение"), first.getCategories().get(0).getValues());
    VTodo todo = calendar.getTodos().get(0);
    assertEquals(LocalDate.of(2023, 11, 30), date(todo.getDateDue().getValue()));
    assertEquals("Ознакомление выпускников и родителей с порядком проведения ГИА", todo.getSummary().getValue());
    VEvent last = calendar.getEvents().get(3);
    assertEquals(LocalDate.of(2024, 2, 1), date(last.getDateStart().getValue()));
    assertEquals(LocalDate.of(2024, 4, 1), date(last.getDateEnd().getValue()));
  }

  @Test
  void recurringItemsCarryARecurrenceRule() throws Exception {
    Order order = PARSER.parse(SAMPLES.resolve("chernozemelsky-2022-533.txt"));
    ICalendar calendar = write(order);

    VEvent monthly = calendar.getEvents().stream()
        .filter(e -> e.getRecurrenceRule() != null && !e.getRecurrenceRule().getValue().getByMonth().isEmpty()
            && e.getRecurrenceRule().getValue().getByMonth().size() == 3)
        .findFirst().orElseThrow();
    assertEquals(Frequency.YEARLY, monthly.getRecurrenceRule().getValue().getFrequency());
    assertEquals(List.of(5, 9, 11), monthly.getRecurrenceRule().getValue().getByMonth());
    assertEquals(LocalDate.of(2022, 9, 1), date(monthly.getDateStart().getValue()));
    // Every event has a stable UID, unique in the file.
    long uids = calendar.getEvents().stream().map(e -> e.getUid().getValue()).distinct().count();
    assertEquals(calendar.getEvents().size(), uids);
    assertTrue(calendar.getEvents().size() + calendar.getTodos().size() >= 20);
  }

  @Test
  void theSameOrderGivesTheSameFile() throws Exception {
    Order order = PARSER.parse(SAMPLES.resolve("artem-2020-218.txt"));
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    new IcsExporter().write(order, a);
    new IcsExporter().write(order, b);
    assertEquals(a.toString(StandardCharsets.UTF_8), b.toString(StandardCharsets.UTF_8));
  }
}
