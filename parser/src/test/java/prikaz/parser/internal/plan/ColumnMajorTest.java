package prikaz.parser.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import prikaz.parser.model.Field;
import prikaz.parser.model.Item;
import prikaz.parser.model.Plan;
import prikaz.parser.internal.read.Layout;
import prikaz.parser.internal.read.TextReader;

/** A table copied column by column: texts first, then each column's values, put back in rows. */
class ColumnMajorTest {

  @Test
  void valuesGoBackToTheirRowsInOrder() {
    Layout layout = ImplicitTables.infer(TextReader.parse("""
        План подготовки котельной к зиме

        Наименование работ
        Стоимость (тыс. руб.)
        Срок выполнения
        1. Промыть
        систему отопления
        2. Заменить задвижки
        3. Проверить дымоход
        и вентиляцию
        120

        45

        8

        До 15.09.2024

        До 01.10.2024

        До 01.10.2024

        Главный инженер
        П.С. Котов
        """));
    PlanExtractor.Result result = PlanExtractor.extract(layout, 0, null);
    Plan plan = result.plans().get(0);
    List<Item> items = plan.items();
    assertEquals(List.of("1", "2", "3"), items.stream().map(Item::number).toList());
    assertEquals("Промыть\nсистему отопления", items.get(0).activity());
    assertEquals("Проверить дымоход\nи вентиляцию", items.get(2).activity());
    assertEquals(Map.of("Стоимость (тыс. руб.)", "45"), items.get(1).extra());
    assertEquals("До 15.09.2024", items.get(0).deadline().text());
    assertEquals("До 01.10.2024", items.get(2).deadline().text());
    assertEquals(List.of("Главный инженер", "П.С. Котов"), plan.notes());
  }

  @Test
  void rowsWithValuesOfTheirOwnAreNotAColumnDump() {
    List<Field> roles = List.of(Field.ACTIVITY, Field.DEADLINE);
    assertNull(ColumnMajor.of(List.of(List.of("Промыть систему", "До 15.09.2024"), List.of("Заменить задвижки",
        "До 01.10.2024")), roles));
    ColumnMajor.Rows rows = ColumnMajor.of(List.of(List.of("Промыть систему"), List.of("Заменить задвижки",
        "До 15.09.2024", "До 01.10.2024")), roles);
    assertEquals(List.of(List.of("Промыть систему", "До 15.09.2024"), List.of("Заменить задвижки", "До 01.10.2024")),
        rows.cells());
  }
}
