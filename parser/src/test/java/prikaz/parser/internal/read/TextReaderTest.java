package prikaz.parser.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import prikaz.parser.DocumentException;
import prikaz.parser.internal.read.Layout.Paragraph;
import prikaz.parser.internal.read.Layout.Table;

class TextReaderTest {

  private static List<String> cells(Table table, int row) {
    return table.rows().get(row).cells().stream().map(Layout.Cell::text).toList();
  }

  @Test
  void pipeTableDropsSeparatorRowAndOuterPipes() {
    Layout layout = TextReader.parse("""
        План

        | № | Мероприятие | Срок |
        |:--|-------------|---:|
        | 1. | Совещание \\| семинар | май 2023 |
        """);
    assertEquals(2, layout.blocks().size());
    Table table = assertInstanceOf(Table.class, layout.blocks().get(1));
    assertEquals(2, table.rows().size());
    assertEquals(List.of("№", "Мероприятие", "Срок"), cells(table, 0));
    assertEquals(List.of("1.", "Совещание | семинар", "май 2023"), cells(table, 1));
  }

  @Test
  void markdownRowWithLineBreaksInsideCellsGoesOnUntilItHasAllItsCells() {
    Layout layout = TextReader.parse("""
        | № | Мероприятие | Место | Срок | Ответственный |
        | 1 | Лекция «Осень»
        для старшеклассников |
        кабинет 12 | 3 октября
        10.00 |
        Орлова А.А.
        Кравец Т.Т. |
        | 2 | Конкурс чтецов | зал | 5 октября | Орлова А.А. |
        Директор школы
        """);
    Table table = assertInstanceOf(Table.class, layout.blocks().get(0));
    assertEquals(3, table.rows().size());
    assertEquals(List.of("1", "Лекция «Осень»\nдля старшеклассников", "кабинет 12", "3 октября\n10.00", "Орлова А.А.\nКравец Т.Т."),
        cells(table, 1));
    assertEquals(List.of("2", "Конкурс чтецов", "зал", "5 октября", "Орлова А.А."), cells(table, 2));
    assertEquals(List.of("Директор школы"), assertInstanceOf(Paragraph.class, layout.blocks().get(1)).lines());
  }

  @Test
  void pipeLinesThatGiveAShortRowItsMissingCellsCompleteIt() {
    // Empty cells holding a line break: the row's cells go on on the next pipe lines.
    Layout layout = TextReader.parse("""
        | № | Дата | Мероприятие | Форма | Ответственный | Место |
        | Неделя книги | | | | | |
        | 1 | 02.04 | Громкие чтения | Чтения |
         | Читальный зал |
        | 2 | 03.04 | Викторина | Игра | Орлова А.А. | Абонемент |
        | 3 | 04.04 |
         | Встреча с поэтом |
         | Актовый зал |
        | Раздел 2 |
        | Раздел 3 |
        """);
    Table table = assertInstanceOf(Table.class, layout.blocks().get(0));
    assertEquals(7, table.rows().size());
    assertEquals(List.of("Неделя книги", "", "", "", "", ""), cells(table, 1));
    assertEquals(List.of("1", "02.04", "Громкие чтения", "Чтения", "", "Читальный зал"), cells(table, 2));
    assertEquals(List.of("2", "03.04", "Викторина", "Игра", "Орлова А.А.", "Абонемент"), cells(table, 3));
    assertEquals(List.of("3", "04.04", "", "Встреча с поэтом", "", "Актовый зал"), cells(table, 4));
    // Rows of one cell are section lines, not parts of one row.
    assertEquals(List.of("Раздел 2"), cells(table, 5));
    assertEquals(List.of("Раздел 3"), cells(table, 6));
  }

  @Test
  void tabTableKeepsEmptyCellsAndContinuesAfterBlankLine() {
    Layout layout = TextReader.parse("№\tМероприятие\tСрок\n1\tАнализ\tмай\n\n\tпродолжение\t\n");
    assertEquals(2, layout.blocks().size(), "a lone tab line after a table continues the table");
    Table second = assertInstanceOf(Table.class, layout.blocks().get(1));
    assertEquals(List.of("", "продолжение", ""), cells(second, 0));
  }

  @Test
  void singleTabLineOutsideTablesIsAParagraph() {
    Layout layout = TextReader.parse("Директор\t\tИ.И. Иванов\n");
    Paragraph paragraph = assertInstanceOf(Paragraph.class, layout.blocks().get(0));
    assertEquals("Директор И.И. Иванов", paragraph.text());
  }

  @Test
  void htmlListsInCellsBecomeLines() {
    Layout layout = TextReader.parse(
        "| № | Мероприятие |\n|--|--|\n| 1 | Документы: <ul style=\"x\"> <li>Положение;</li> <li>- Регламент</li> </ul> "
            + "<ol><li>Доклад</li><li>2. Анализ</li></ol> |\n");
    Table table = (Table) layout.blocks().get(0);
    assertEquals("Документы:\n- Положение;\n- Регламент\n1. Доклад\n2. Анализ", cells(table, 1).get(1));
  }

  @Test
  void emphasisMarkersAreRemovedButALoneStarStays() {
    Layout layout = TextReader.parse("***Об утверждении плана***\n**ПЛАН\nмероприятий** на 2023 год*\n");
    Paragraph paragraph = (Paragraph) layout.blocks().get(0);
    assertEquals(List.of("Об утверждении плана", "ПЛАН", "мероприятий на 2023 год*"), paragraph.lines());
  }

  @Test
  void crlfAndFormFeedsSplitLinesAndParagraphs() {
    Layout layout = TextReader.parse("ПРИКАЗ\r\n\r\nот 01.02.2023\fОб утверждении\r");
    assertEquals(3, layout.blocks().size());
    assertEquals("Об утверждении", ((Paragraph) layout.blocks().get(2)).text());
  }

  @Test
  void windows1251IsDetected() throws Exception {
    String text = "ПРИКАЗ\nот 14.10.2020 № 218\nОб утверждении плана мероприятий по повышению объективности оценочных процедур\n";
    LayoutReader.Result result = new TextReader().read(text.getBytes(Charset.forName("windows-1251")));
    assertEquals("windows-1251", result.encoding());
    assertEquals("ПРИКАЗ", ((Paragraph) result.layout().blocks().get(0)).lines().get(0));
  }

  @Test
  void utf8WithoutBomIsUtf8() throws Exception {
    LayoutReader.Result result = new TextReader().read("Приказ № 1".getBytes(StandardCharsets.UTF_8));
    assertEquals("UTF-8", result.encoding());
  }

  @Test
  void binaryContentIsRefused() {
    byte[] binary = {'P', 'K', 3, 4, 0, 0, 1, 2, 3};
    DocumentException e = assertThrows(DocumentException.class, () -> new TextReader().read(binary));
    assertEquals(DocumentException.Reason.UNREADABLE, e.reason());
  }

  @Test
  void boxDrawnTableWithAVerticallyMergedCell() {
    Layout layout = TextReader.parse("""
        План
        ┌───┬────────────┬─────────┐
        │ № │Мероприятие │  Срок   │
        ├───┼────────────┼─────────┤
        │ 1 │Первое      │май      │
        ├───┼────────────┤2022     │
        │ 2 │Второе      │         │
        └───┴────────────┴─────────┘
        """);
    assertEquals(2, layout.blocks().size());
    Table table = assertInstanceOf(Table.class, layout.blocks().get(1));
    assertEquals(3, table.rows().size());
    assertEquals(List.of("№", "Мероприятие", "Срок"), cells(table, 0));
    assertEquals(List.of("1", "Первое", "май 2022"), cells(table, 1));
    assertEquals(2, table.rows().get(1).cells().get(2).rowSpan());
    assertEquals(List.of("2", "Второе"), cells(table, 2));
  }

  @Test
  void aCellOfControlSeparatorsIsAnEmptyCell() {
    // Characters Java counts as white space (unit and line tabulation) but that are not the space.
    Layout layout = TextReader.parse("""
        ┌───┬────────────┐
        │ № │Мероприятие │
        ├───┼────────────┤
        │ 1 │\u001F\u000B          │
        ├───┼────────────┤
        │ 2 │Второе      │
        └───┴────────────┘
        """);
    Table table = assertInstanceOf(Table.class, layout.blocks().get(0));
    assertEquals(3, table.rows().size());
    assertEquals(List.of("1", ""), cells(table, 1));
    assertEquals(List.of("2", "Второе"), cells(table, 2));
  }

  @Test
  void asciiTableWithoutBordersBetweenRowsSplitsAtRowNumbers() {
    Layout layout = TextReader.parse("""
        +----+--------------------+
        | №  | Мероприятие        |
        +----+--------------------+
        | 1. | Совещание          |
        |    | руководителей      |
        | 2. | Семинар            |
        |    |                    |
        | 3. | Анализ: 1) ВПР     |
        |    | 2) ОГЭ             |
        +----+--------------------+
        """);
    Table table = assertInstanceOf(Table.class, layout.blocks().get(0));
    assertEquals(List.of("№", "Мероприятие"), cells(table, 0));
    assertEquals(List.of("1.", "Совещание руководителей"), cells(table, 1));
    assertEquals(List.of("2.", "Семинар"), cells(table, 2));
    // A list inside a cell keeps its entries on lines of their own; «2)» in the text column is no row.
    assertEquals(List.of("3.", "Анализ: 1) ВПР\n2) ОГЭ"), cells(table, 3));
    assertEquals(4, table.rows().size());
  }

  @Test
  void aRuleLineAloneIsText() {
    Layout layout = TextReader.parse("Текст\n\n---------\n\nЕщё текст\n");
    assertEquals(3, layout.blocks().size());
    assertEquals(List.of("---------"), assertInstanceOf(Paragraph.class, layout.blocks().get(1)).lines());
  }
}
