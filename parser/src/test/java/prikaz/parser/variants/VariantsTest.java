package prikaz.parser.variants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import prikaz.parser.OrderParser;
import prikaz.parser.model.Appendix;
import prikaz.parser.model.Header;
import prikaz.parser.model.Item;
import prikaz.parser.model.Order;
import prikaz.parser.model.Party;
import prikaz.parser.model.Plan;
import prikaz.parser.model.Warning;

/**
 * Orders written for the tests in {@code src/test/resources/variants}, one habit of real orders
 * each (legal databases' fixed-width text, appendices published alone, other act types, column
 * names and numbering), parsed whole and checked field by field against the document.
 */
class VariantsTest {
  private static final OrderParser PARSER = OrderParser.builder().build();

  static Order parse(String name) throws Exception {
    try (InputStream in = VariantsTest.class.getResourceAsStream("/variants/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no test document " + name);
      }
      return PARSER.parse(in, name);
    }
  }

  static List<String> names(List<Party> parties) {
    return parties.stream().map(Party::name).toList();
  }

  static List<String> codes(Order order) {
    return order.warnings().stream().map(Warning::code).toList();
  }

  @Test
  void fixedWidthOrderWithBoxDrawnPlan() throws Exception {
    Order order = parse("khabarovsk-2015-5976-fixed-width.txt");
    Header h = order.header();
    assertEquals("МИНИСТЕРСТВО ОБРАЗОВАНИЯ И НАУКИ ХАБАРОВСКОГО КРАЯ", h.issuer());
    assertEquals("ПРИКАЗ", h.docType());
    assertEquals(LocalDate.of(2015, 11, 13), h.date());
    assertEquals("5976", h.number());
    assertEquals("г. Хабаровск", h.place());
    assertEquals("ОБ УТВЕРЖДЕНИИ ПЛАНА МЕРОПРИЯТИЙ (\"ДОРОЖНОЙ КАРТЫ\") ПО ПОВЫШЕНИЮ ОБЪЕКТИВНОСТИ ОЦЕНОЧНЫХ "
        + "ПРОЦЕДУР НА 2015 - 2016 ГОДЫ", h.title());
    // Justified text: runs of spaces are one space.
    assertEquals("В соответствии с Федеральным законом от 29 декабря 2012 г. N 273-ФЗ \"Об образовании в Российской "
        + "Федерации\", в целях повышения объективности оценочных процедур в общеобразовательных организациях края",
        h.preamble());
    assertEquals(1, h.basis().size());
    assertEquals("закон", h.basis().get(0).kind());
    assertEquals("273-ФЗ", h.basis().get(0).number());
    assertEquals(LocalDate.of(2012, 12, 29), h.basis().get(0).date());
    assertEquals(2, h.points().size());
    assertEquals("Контроль за исполнением настоящего приказа возложить на заместителя министра Петрову Н.В.",
        h.points().get(1).text());
    assertEquals("Министр", h.signatory().position());
    assertEquals("А.Г. Кузнецова", h.signatory().name());

    assertEquals(1, order.plans().size());
    Plan plan = order.plans().get(0);
    assertEquals("ПЛАН МЕРОПРИЯТИЙ (\"ДОРОЖНАЯ КАРТА\") ПО ПОВЫШЕНИЮ ОБЪЕКТИВНОСТИ ОЦЕНОЧНЫХ ПРОЦЕДУР НА 2015 - 2016 "
        + "ГОДЫ", plan.title());
    assertEquals("приложение 2", plan.appendix());
    Appendix appendix = plan.appendixOf();
    assertEquals("2", appendix.number());
    assertEquals("приказ", appendix.act().kind());
    assertEquals("министерство образования и науки Хабаровского края", appendix.act().issuer());
    assertEquals(LocalDate.of(2015, 11, 13), appendix.act().date());
    assertEquals("5976", appendix.act().number());
    assertEquals(List.of("N п/п", "Мероприятие", "Срок исполнения", "Ответственные"), plan.columns());
    assertEquals(LocalDate.of(2015, 1, 1), plan.period().start());
    assertEquals(LocalDate.of(2016, 12, 31), plan.period().end());

    List<Item> items = plan.items();
    assertEquals(4, items.size());
    assertEquals(List.of("I/1", "I/2", "II/1", "II/2"),
        items.stream().map(i -> i.section().number() + "/" + i.number()).toList());
    assertEquals("Нормативное обеспечение", items.get(0).section().title());
    assertEquals("Методическое обеспечение", items.get(2).section().title());
    assertEquals("Разработка порядка проведения мониторинга объективности результатов", items.get(0).activity());
    assertEquals("декабрь 2015 г.", items.get(0).deadline().text());
    assertEquals(LocalDate.of(2015, 12, 31), items.get(0).deadline().end());
    assertEquals(List.of("отдел общего образования", "КГАОУ ДПО ХК ИРО"), names(items.get(1).responsible()));
    // A line the typist broke early still goes on the line above.
    assertEquals("в течение 2016 года", items.get(2).deadline().text());
    assertEquals(LocalDate.of(2016, 12, 31), items.get(2).deadline().end());
    assertEquals("Подготовка методических рекомендаций (в срок до 31 марта 2016 года)", items.get(3).activity());
  }

  @Test
  void appendixPublishedAloneParsesWithAnEmptyHeader() throws Exception {
    Order order = parse("krasnoyarsk-2021-appendix-only.txt");
    Header h = order.header();
    assertNull(h.issuer());
    assertNull(h.docType());
    assertNull(h.date());
    assertNull(h.number());
    assertNull(h.title());
    assertNull(h.signatory());
    assertEquals(List.of(), h.points());
    assertEquals(List.of("NO_HEADER"), codes(order));

    Plan plan = order.plans().get(0);
    assertEquals("План мероприятий по подготовке к государственной итоговой аттестации в 2021 году", plan.title());
    assertEquals("приложение 1", plan.appendix());
    assertEquals("1", plan.appendixOf().number());
    assertEquals("распоряжение", plan.appendixOf().act().kind());
    assertEquals("администрация города Красноярска", plan.appendixOf().act().issuer());
    assertEquals(LocalDate.of(2021, 3, 15), plan.appendixOf().act().date());
    assertEquals("2766-р", plan.appendixOf().act().number());
    assertEquals("Приложение № 1 к распоряжению администрации города Красноярска от 15.03.2021 № 2766-р",
        plan.appendixOf().text());

    // No number column; «Установленные сроки» is the deadline, «Исполнители» the responsible one.
    assertEquals(3, plan.items().size());
    Item first = plan.items().get(0);
    assertNull(first.number());
    assertEquals("Совещание с руководителями общеобразовательных учреждений", first.activity());
    assertEquals("до 01.04.2021", first.deadline().text());
    assertEquals(LocalDate.of(2021, 4, 1), first.deadline().end());
    assertEquals(List.of("Главное управление образования"), names(first.responsible()));
    assertEquals("апрель 2021 г.", plan.items().get(1).deadline().text());
    assertEquals("выполнено", plan.items().get(1).extra().get("Отметка о выполнении"));
    assertEquals(List.of("Главное управление образования", "МКУ КИМЦ"), names(plan.items().get(2).responsible()));
  }
}
