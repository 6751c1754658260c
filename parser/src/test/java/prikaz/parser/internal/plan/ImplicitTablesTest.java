package prikaz.parser.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import prikaz.parser.model.Item;
import prikaz.parser.model.Plan;
import prikaz.parser.internal.read.Layout;
import prikaz.parser.internal.read.TextReader;

/** Plan tables whose grid was lost: each document here is written for the test. */
class ImplicitTablesTest {

  private static Plan plan(String text) {
    Layout layout = ImplicitTables.infer(TextReader.parse(text));
    PlanExtractor.Result result = PlanExtractor.extract(layout, 0, null);
    assertEquals(1, result.plans().size(), "one plan");
    return result.plans().get(0);
  }

  private static List<String> activities(Plan plan) {
    return plan.items().stream().map(Item::activity).toList();
  }

  @Test
  void cellsEndedByPipesFillRowsAsWideAsTheHeader() {
    Plan plan = plan("""
        План мероприятий по благоустройству посёлка на 2024 год
        N п/п |
        Мероприятия |
        Срок
        исполнения |
        Ответственный исполнитель |
        Весенний период |
        1. |
        Уборка территории
        у обелиска |
        до 15.04.2024 |
        Петров А.А. |
        2. |
        Покраска ограждений |
        май |
        |
        """);
    assertEquals("План мероприятий по благоустройству посёлка на 2024 год", plan.title());
    assertEquals(List.of("1", "2"), plan.items().stream().map(Item::number).toList());
    Item first = plan.items().get(0);
    assertEquals("Уборка территории\nу обелиска", first.activity(), "the cell keeps its line break");
    assertEquals("до 15.04.2024", first.deadline().text());
    assertEquals("Петров А.А.", first.responsible().get(0).name());
    assertEquals("Весенний период", first.section().title());
    assertEquals("май", plan.items().get(1).deadline().text());
    assertTrue(plan.items().get(1).responsible().isEmpty());
  }

  @Test
  void loneBarsBetweenRowsOfPipeEndedCellsOnlySeparateRows() {
    Plan plan = plan("""
        Праздничные мероприятия
        |
        Название мероприятия |
        Дата |
        Место проведения |
        |
        Лыжня для всех |
        12 февраля |
        Стадион |
        |
        Концерт хора |
        14 февраля 18.00 |
        Дом культуры |
        """);
    assertEquals(List.of("Лыжня для всех", "Концерт хора"), activities(plan));
    assertEquals("14 февраля 18.00", plan.items().get(1).deadline().text());
    assertEquals("Дом культуры", plan.items().get(1).extra().get("Место проведения"));
  }

  @Test
  void cellsOnePerParagraphWithAnUnnamedNumberColumnAndADateSplitFromItsTime() {
    Plan plan = plan("""
        План работы клуба на март 2024 года

        Наименование мероприятия

        Сроки проведения

        Ответственный

        Клуб «Родник»

        1.

        Вечер поэзии

        05.03.24

        17.00

        Смирнова О.П.

        2.

        Мастер-класс по лепке

        12.03.24

        Смирнова О.П.
        """);
    assertEquals(List.of("1", "2"), plan.items().stream().map(Item::number).toList());
    Item first = plan.items().get(0);
    assertEquals("Вечер поэзии", first.activity());
    assertEquals("05.03.24\n17.00", first.deadline().text());
    assertEquals("Смирнова О.П.", first.responsible().get(0).name());
    assertEquals("Клуб «Родник»", first.section().title());
    assertEquals("Мастер-класс по лепке", plan.items().get(1).activity());
  }

  @Test
  void taskNumberOverItemNumbersIsASectionWhenCellsArePerParagraph() {
    Plan plan = plan("""
        Задачи

        Наименование мероприятий

        Срок исполнения

        Ответственный исполнитель

        I. Организационные меры

        1. Работа штаба

        1.1. Собрать штаб

        вторая декада мая

        Администрация

        1.2. Утвердить график дежурств

        до 20 мая

        Администрация
        """);
    assertEquals(List.of("1.1", "1.2"), plan.items().stream().map(Item::number).toList());
    assertEquals("Собрать штаб", plan.items().get(0).activity());
    assertEquals("Работа штаба", plan.items().get(0).section().title());
    assertEquals("до 20 мая", plan.items().get(1).deadline().text());
  }

  @Test
  void rowsFlattenedToOneLineSplitAtTheirDueDate() {
    Plan plan = plan("""
        План мероприятий по подготовке к отопительному сезону

        N п/п Мероприятия Сроки исполнения Ответственные
        ПОДГОТОВКА ЗДАНИЙ
        1 Промывка системы отопления школы июль - август Завхоз Кузнецов
        2 Замена окон в спортивном зале до 1 сентября Отдел капитального ремонта
        """);
    assertEquals(List.of("1", "2"), plan.items().stream().map(Item::number).toList());
    Item first = plan.items().get(0);
    assertEquals("Промывка системы отопления школы", first.activity());
    assertEquals("июль - август", first.deadline().text());
    assertEquals("Завхоз Кузнецов", first.responsible().get(0).name());
    assertEquals("ПОДГОТОВКА ЗДАНИЙ", first.section().title());
    assertEquals("до 1 сентября", plan.items().get(1).deadline().text());
  }

  @Test
  void flattenedRowsOfADateFirstPlanTakeTheDateFromTheStart() {
    Plan plan = plan("""
        N п/п Дата проведения Наименование мероприятия Место проведения Ответственный
        1 2 3 4 5
        1 3 января 12.00 Утренник для малышей Актовый зал Иванова Е.В.
        2 5 января Турнир по шашкам Библиотека Петров И.И.
        """);
    assertEquals(2, plan.items().size());
    assertEquals("3 января 12.00", plan.items().get(0).deadline().text());
    assertTrue(plan.items().get(0).activity().startsWith("Утренник для малышей"));
    assertTrue(plan.items().get(1).activity().startsWith("Турнир по шашкам"));
  }

  @Test
  void aHeaderPrintedOneCellToTheLeftStandsOverItsColumns() {
    Plan plan = plan("""
        | Название мероприятия | Дата | Ответственный | |
        | 1 | Выставка книг | 2 марта | Орлова А.А. |
        | 2 | Час истории | 9 марта | Орлова А.А. |
        """);
    assertEquals("1", plan.items().get(0).number());
    assertEquals("Выставка книг", plan.items().get(0).activity());
    assertEquals("2 марта", plan.items().get(0).deadline().text());
  }

  @Test
  void emptyCellsLeftByPageBreaksAndSectionLinesDoNotShiftTheRows() {
    Plan plan = plan("""
        № п/п |
        Наименование работ |
        Срок |
        Ответственный |
        |
        Отделение № 1 |
        |
        |
        |
        1 |
        Покраска стен |
        март |
        Орлов В.В. |
        ||||
        |
        Отделение № 2 |
        |
        |
        1 |
        Замена ламп |
        апрель |
        Котов Р.Р. |
        """);
    assertEquals(List.of("Покраска стен", "Замена ламп"), activities(plan));
    assertEquals("Отделение № 2", plan.items().get(1).section().title());
    assertEquals("апрель", plan.items().get(1).deadline().text());
  }

  @Test
  void aNumberedLineOverTheWholeWidthIsASection() {
    Plan plan = plan("""
        +----+-----------------+------+
        | №  | Мероприятия     | Срок |
        +----+-----------------+------+
        | 1. Подготовка                 |
        +----+-----------------+------+
        | 1. | Смотр помещений | май  |
        +----+-----------------+------+
        """);
    assertEquals(1, plan.items().size());
    assertEquals("1", plan.items().get(0).number());
    assertEquals("Подготовка", plan.items().get(0).section().title());
  }

  /** A header whose cells run to the end of the text, with no row after it (found by fuzzing: it threw). */
  @Test
  void pipeHeaderCellsWithoutRowsStayText() {
    Layout layout = TextReader.parse("""
        План мероприятий
        № |
        Мероприятие |
        Срок исполнения |
        Ответственный
        """);
    assertSame(layout, ImplicitTables.infer(layout));
  }

  @Test
  void textWithoutAPlanHeaderStaysText() {
    Layout layout = TextReader.parse("""
        1. Утвердить план мероприятий.

        2. Контроль оставляю за собой.

        Срок исполнения
        """);
    assertSame(layout, ImplicitTables.infer(layout));
  }

  @Test
  void anExplicitGridIsLeftAsItIs() {
    Layout layout = TextReader.parse("""
        | № | Мероприятие | Срок |
        | 1 | Совещание | май |

        Наименование мероприятия

        Срок исполнения
        """);
    assertSame(layout, ImplicitTables.infer(layout));
  }
}
