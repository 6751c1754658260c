package prikaz.parser.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import prikaz.parser.model.Field;
import prikaz.parser.model.Item;
import prikaz.parser.model.Party;
import prikaz.parser.model.Plan;
import prikaz.parser.model.Warning;
import prikaz.parser.internal.read.Layout;
import prikaz.parser.internal.read.TextReader;

class PlanExtractorTest {

  private static PlanExtractor.Result extract(String text) {
    Layout layout = TextReader.parse(text);
    return PlanExtractor.extract(layout, 0, null);
  }

  @Test
  void columnRolesComeFromHeaderSynonymsInAnyOrder() {
    Plan plan = extract("""
        Приложение 2 к приказу от 01.09.2023 № 5

        План работы на 2023-2024 учебный год

        | Наименование мероприятия | Ответственный | Срок исполнения | Форма отчетности | № | Примечание |
        |---|---|---|---|---|---|
        | Педсовет | Иванов И.И. | август | протокол | 1 | в актовом зале |
        """).plans().get(0);
    assertEquals("План работы на 2023-2024 учебный год", plan.title());
    assertEquals("приложение 2", plan.appendix());
    Item item = plan.items().get(0);
    assertEquals("1", item.number());
    assertEquals("Педсовет", item.activity());
    assertEquals("август", item.deadline().text());
    assertEquals(List.of(new Party("Иванов И.И.", Party.Type.person)), item.responsible());
    assertEquals("протокол", item.result());
    assertEquals(Map.of("Примечание", "в актовом зале"), item.extra());
  }

  @Test
  void namesInAColumnOfPlacesAndPersonsAreTheResponsible() {
    Plan plan = extract("""
        | № | Мероприятие | Дата | Место проведения, ответственный |
        |---|---|---|---|
        | 1 | Литературный час | 14.05 | Читальный зал, Белова Н.П. |
        """).plans().get(0);
    assertEquals(List.of(new Party("Читальный зал", Party.Type.unknown), new Party("Белова Н.П.", Party.Type.person)),
        plan.items().get(0).responsible());
    assertEquals("14.05", plan.items().get(0).deadline().text());
  }

  @Test
  void tableCutByPageBreakWithRepeatedHeaderAndColumnNumbersIsOnePlan() {
    PlanExtractor.Result result = extract("""
        №\tМероприятие\tСроки\tОтветственные
        1\t2\t3\t4
        1.\tСовещание руководителей\tсентябрь\tОтдел образования
        2.\tПодготовка аналитической справки по итогам мониторинга для\tоктябрь\tМетодисты

        №\tМероприятие\tСроки\tОтветственные
        \tобразовательных организаций района\t\t
        3.\tСеминар\tноябрь\tЦентр образования
        """);
    assertEquals(1, result.plans().size());
    List<Item> items = result.plans().get(0).items();
    assertEquals(List.of("1", "2", "3"), items.stream().map(Item::number).toList());
    assertEquals("Подготовка аналитической справки по итогам мониторинга для образовательных организаций района",
        items.get(1).activity());
    assertEquals(Warning.Code.ROW_CONTINUED, result.warnings().get(0).code());
  }

  @Test
  void sectionRowsNestByTheirNumbers() {
    Plan plan = extract("""
        | № | Мероприятие | Срок | Ответственный |
        |---|---|---|---|
        | 1. | Организационная работа | | |
        | 1.1. | Нормативная база | | |
        | 1.1.1 | Приказ о plan | май | Директор |
        | 2. Методическая работа | | | |
        | 2.1 | Семинар | июнь | Методист |
        | Контроль | | | |
        | 3 | Проверка | июль | Завуч |
        """).plans().get(0);
    assertEquals(3, plan.items().size());
    Item first = plan.items().get(0);
    assertEquals("1.1", first.section().number());
    assertEquals("Нормативная база", first.section().title());
    assertEquals("1", first.section().parent().number());
    assertEquals("2", plan.items().get(1).section().number());
    assertEquals("Методическая работа", plan.items().get(1).section().title());
    assertNull(plan.items().get(1).section().parent());
    assertEquals("Контроль", plan.items().get(2).section().title());
    assertNull(plan.items().get(2).section().number());
  }

  @Test
  void unnumberedRowsWithOwnDeadlineUnderAnItemWithoutOneAreSubitems() {
    Plan plan = extract("""
        | № | Мероприятие | Сроки | Ответственные |
        |---|---|---|---|
        | 1 | Цикл семинаров: | | Петрова А.А. |
        | | Семинар по ВСОКО | Октябрь 2022 | Петрова А.А. |
        | | Семинар по ВПР | Ноябрь 2022 | Сидорова Б.Б., Иванов В.В. |
        | 2 | Итоговое совещание | май 2023 | Петрова А.А. |
        """).plans().get(0);
    assertEquals(2, plan.items().size());
    Item series = plan.items().get(0);
    assertNull(series.deadline());
    assertEquals(2, series.subitems().size());
    assertEquals("Ноябрь 2022", series.subitems().get(1).deadline().text());
    assertEquals(2, series.subitems().get(1).responsible().size());
  }

  @Test
  void tableWithoutPlanHeaderIsKeptAsText() {
    PlanExtractor.Result result = extract("""
        | Согласовано | Утверждаю |
        |---|---|
        | Председатель профкома | Директор школы |
        """);
    assertEquals(0, result.plans().size());
    assertEquals(Warning.Code.TABLE_NOT_A_PLAN, result.warnings().get(0).code());
    assertEquals(List.of("Согласовано | Утверждаю", "Председатель профкома | Директор школы"), result.leftoverText());
  }

  @Test
  void headerSynonymsMapToRoles() {
    assertEquals(Field.NUMBER, FieldWords.of("№ п/п"));
    assertEquals(Field.ACTIVITY, FieldWords.of("Мероприятие (содержание деятельности)"));
    assertEquals(Field.DEADLINE, FieldWords.of("Сроки реализации"));
    assertEquals(Field.RESPONSIBLE, FieldWords.of("Ответственный исполнитель"));
    assertEquals(Field.RESPONSIBLE, FieldWords.of("Исполнители"));
    assertEquals(Field.PARTICIPANTS, FieldWords.of("Участники"));
    assertEquals(Field.RESULT, FieldWords.of("Ожидаемый результат"));
    assertNull(FieldWords.of("Отметка о выполнении"));
  }

  @Test
  void columnRolesComeFromTheHeadersWords() {
    Map<String, Field> expected = new LinkedHashMap<>();
    for (String h : List.of("Мероприятие", "Наименование мероприятия", "Содержание работы", "Виды работ",
        "Направления деятельности", "Перечень мероприятий", "Наименование", "Задачи", "Содержание")) {
      expected.put(h, Field.ACTIVITY);
    }
    for (String h : List.of("Срок", "Сроки проведения", "Дата проведения", "Установленные сроки", "Период",
        "Дата, время и место", "Срок исполнения", "Контрольные сроки", "Время проведения", "Срок исп.")) {
      expected.put(h, Field.DEADLINE);
    }
    for (String h : List.of("Ответственный", "Ответственные лица", "Ответственные за исполнение", "Исполнители",
        "Ответственные исполнители", "Ответственный за выполнение", "Кто проводит", "Отв. лица", "Отв.",
        "Ответств.", "Ответст. лицо", "Исп.")) {
      expected.put(h, Field.RESPONSIBLE);
    }
    for (String h : List.of("№", "№ п/п", "п/п", "N п/п", "N")) {
      expected.put(h, Field.NUMBER);
    }
    expected.put("Категория участников", Field.PARTICIPANTS);
    expected.put("Целевая аудитория", Field.PARTICIPANTS);
    expected.put("Планируемый результат", Field.RESULT);
    expected.put("Форма отчетности", Field.RESULT);
    expected.put("Показатели", Field.RESULT);
    // Columns of no role: their cells go to extra under the header.
    for (String h : List.of("Место проведения", "Наименование учреждений", "Отметка о выполнении",
        "Источник финансирования", "Примечание", "Форма проведения", "Объем финансирования",
        // an item's text is not a header
        "Проведение совещания с руководителями по итогам ВПР в 2022 году и анализ их результатов")) {
      expected.put(h, null);
    }
    Map<String, Field> actual = new LinkedHashMap<>();
    expected.keySet().forEach(h -> actual.put(h, FieldWords.of(h)));
    assertEquals(expected, actual);
  }
}
