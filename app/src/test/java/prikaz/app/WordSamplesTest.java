package prikaz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import prikaz.parser.OrderParser;
import prikaz.parser.model.Item;
import prikaz.parser.model.Order;
import prikaz.parser.model.Party;
import prikaz.parser.model.Plan;

/**
 * The DOCX files in {@code samples/word/}, written as Word writes OOXML (by
 * {@code samples/tools/make_word_docx.py}), not as LibreOffice does: merged cells and Word's
 * automatic numbering, read back to the values a clerk sees in Word.
 */
class WordSamplesTest {
  private static final Path WORD = Path.of(System.getProperty("samples.dir", "../samples")).resolve("word");
  private static final OrderParser PARSER = OrderParser.builder().build();

  @Test
  void aCellMergedDownThreeRowsAppliesToEachRowAndSpanningRowsAreSections() throws Exception {
    Order order = PARSER.parse(WORD.resolve("merged-cells.docx"));

    assertEquals("docx", order.source().format());
    assertEquals("АДМИНИСТРАЦИЯ ГОРОДА НОВОЗЫБКОВА ОТДЕЛ ОБРАЗОВАНИЯ", order.header().issuer());
    assertEquals(LocalDate.of(2023, 9, 12), order.header().date());
    assertEquals("412", order.header().number());
    assertEquals("И.П. Сидорова", order.header().signatory().name());
    assertEquals(1, order.plans().size());
    Plan plan = order.plans().get(0);
    assertEquals(List.of("№ п/п", "Мероприятие", "Срок исполнения", "Ответственные"), plan.columns());
    assertEquals(List.of("1.1", "1.2", "1.3", "2.1", "2.2"), plan.items().stream().map(Item::number).toList());
    for (int i = 0; i < 3; i++) {
      Item item = plan.items().get(i);
      assertEquals(List.of("Петрова А.А."), item.responsible().stream().map(Party::name).toList(), item.number());
      assertEquals("1", item.section().number());
      assertEquals("Нормативное правовое обеспечение", item.section().title());
    }
    assertEquals(List.of("Иванов И.И."), plan.items().get(3).responsible().stream().map(Party::name).toList());
    assertEquals("Работа с педагогическими кадрами", plan.items().get(3).section().title());
    assertEquals(LocalDate.of(2023, 11, 30), plan.items().get(2).deadline().end());
    assertEquals(LocalDate.of(2024, 2, 1), plan.items().get(4).deadline().start());
    assertEquals(LocalDate.of(2024, 3, 31), plan.items().get(4).deadline().end());
    assertEquals(List.of(), order.warnings());
  }

  /** The same file saved as Word 97 (.doc): the vertical merge comes from HWPF over Tika's table. */
  @Test
  void aMergedCellInADocFileAppliesToEachRowToo() throws Exception {
    Order order = PARSER.parse(WORD.resolve("merged-cells.doc"));

    assertEquals("doc", order.source().format());
    Plan plan = order.plans().get(0);
    assertEquals(List.of("1.1", "1.2", "1.3", "2.1", "2.2"), plan.items().stream().map(Item::number).toList());
    for (int i = 0; i < 3; i++) {
      assertEquals(List.of("Петрова А.А."),
          plan.items().get(i).responsible().stream().map(Party::name).toList(), plan.items().get(i).number());
    }
    assertEquals("Работа с педагогическими кадрами", plan.items().get(4).section().title());
  }

  @Test
  void numbersThatExistOnlyAsWordNumberingAreRecovered() throws Exception {
    Order order = PARSER.parse(WORD.resolve("auto-numbering.docx"));

    assertEquals(List.of("1", "2", "3"), order.header().points().stream().map(p -> p.number()).toList());
    assertEquals("Руководителям общеобразовательных организаций обеспечить выполнение мероприятий.",
        order.header().points().get(1).text());
    assertEquals(LocalDate.of(2023, 10, 2), order.header().date());
    assertEquals("155", order.header().number());
    Plan plan = order.plans().get(0);
    assertEquals(List.of("1", "2", "2.1", "3"), plan.items().stream().map(Item::number).toList());
    assertEquals("Методическое сопровождение школ с низкими результатами:\n- посещение уроков\n- консультации для учителей",
        plan.items().get(1).activity());
    assertEquals(LocalDate.of(2023, 9, 1), plan.items().get(1).deadline().start());
    assertEquals(LocalDate.of(2024, 8, 31), plan.items().get(1).deadline().end());
    assertNull(plan.items().get(0).section());
  }
}
