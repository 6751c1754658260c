package prikaz.parser.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import prikaz.parser.internal.OrderAssembly;
import prikaz.parser.model.Item;
import prikaz.parser.model.Order;
import prikaz.parser.model.Source;
import prikaz.parser.model.Warning;
import prikaz.parser.internal.read.Layout;

/** A plan header cell OCR could not read: its role comes from the cells under it, or it is flagged. */
class UnreadableColumnsTest {
  private static Order read(String third, String... thirdCells) throws Exception {
    List<Layout.Row> rows = new ArrayList<>();
    rows.add(new Layout.Row(List.of(new Layout.Cell("№", 1, 1, 0.95), new Layout.Cell("Мероприятие", 1, 1, 0.93),
        new Layout.Cell(third, 1, 1, 0.31), new Layout.Cell("Ответственный", 1, 1, 0.91))));
    String[] activities = {"Провести совещание руководителей школ по итогам мониторинга",
        "Подготовить отчёт о проведении мониторинга качества подготовки обучающихся",
        "Разместить результаты на официальном сайте управления образования"};
    for (int i = 0; i < 3; i++) {
      rows.add(new Layout.Row(List.of(new Layout.Cell((i + 1) + ".", 1, 1, 0.96),
          new Layout.Cell(activities[i], 1, 1, 0.94), new Layout.Cell(thirdCells[i], 1, 1, 0.9),
          new Layout.Cell("Петрова А.С.", 1, 1, 0.9))));
    }
    Layout layout = new Layout(List.of(
        new Layout.Paragraph(List.of("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ", "ПРИКАЗ", "от 01.09.2023 № 7"), List.of(0.95, 0.96, 0.93)),
        new Layout.Paragraph(List.of("Об утверждении плана мониторинга"), List.of(0.94)),
        new Layout.Table(rows)));
    return OrderAssembly.extract(new Source("scan.png", "png", "0".repeat(64), null, true), layout);
  }

  @Test
  void aStampedHeaderCellOverDeadlinesIsTheDeadlineColumn() throws Exception {
    Order order = read("* ЕХУ“- А", "до 15.09.2023", "в течение сентября", "30.09.2023");

    List<Item> items = order.plans().get(0).items();
    assertEquals(List.of("до 15.09.2023", "в течение сентября", "30.09.2023"),
        items.stream().map(i -> i.deadline().text()).toList());
    assertEquals(List.of(Map.of(), Map.of(), Map.of()), items.stream().map(Item::extra).toList());
    assertEquals(List.of(), order.warnings().stream().map(Warning::code).filter(c -> c == Warning.Code.COLUMN_UNREADABLE).toList());
  }

  @Test
  void aStampedHeaderCellOverCellsOfNoKnownKindIsFlagged() throws Exception {
    Order order = read("* ЕХУ“- А", "каб. 12", "зал", "каб. 7");

    List<Warning> flagged = order.warnings().stream().filter(w -> w.code() == Warning.Code.COLUMN_UNREADABLE).toList();
    assertEquals(1, flagged.size(), order.warnings().toString());
    assertEquals("the header of column 3 could not be read («* ЕХУ“- А»): its cells are kept under «* ЕХУ“- А»; "
        + "check the scan", flagged.get(0).message());
    assertEquals("plan 1", flagged.get(0).where().text());
    assertEquals("каб. 12", order.plans().get(0).items().get(0).extra().get("* ЕХУ“- А"));
  }
}
