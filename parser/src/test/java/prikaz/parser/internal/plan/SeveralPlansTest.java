package prikaz.parser.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import prikaz.parser.model.Item;
import prikaz.parser.model.Plan;
import prikaz.parser.model.Warning;
import prikaz.parser.internal.read.TextReader;

/** Several tables in one document: a plan each when each has a title, one plan when only the header repeats. */
class SeveralPlansTest {

  private static PlanExtractor.Result extract(String text) {
    return PlanExtractor.extract(TextReader.parse(text), 0, null);
  }

  @Test
  void aTitledTablePerMonthIsAPlanEach() {
    PlanExtractor.Result result = extract("""
        План работы библиотеки на октябрь 2024 года

        | № | Мероприятие | Дата | Ответственный |
        |---|---|---|---|
        | 1 | Книжная выставка | 01.10.2024 | Ершова Т.В. |
        | 2 | Литературный час | 15.10.2024 | Ершова Т.В. |

        План работы библиотеки на ноябрь 2024 года

        | № | Мероприятие | Дата | Ответственный |
        |---|---|---|---|
        | 1 | Встреча с автором | 12.11.2024 | Ершова Т.В. |
        """);
    List<Plan> plans = result.plans();
    assertEquals(2, plans.size());
    assertEquals("План работы библиотеки на октябрь 2024 года", plans.get(0).title());
    assertEquals("План работы библиотеки на ноябрь 2024 года", plans.get(1).title());
    assertEquals(LocalDate.of(2024, 11, 1), plans.get(1).period().start());
    assertEquals(LocalDate.of(2024, 11, 30), plans.get(1).period().end());
    assertEquals(List.of("1", "2"), plans.get(0).items().stream().map(Item::number).toList());
    assertEquals("Встреча с автором", plans.get(1).items().get(0).activity());
  }

  @Test
  void theHeaderRepeatedOnEachPageIsOnePlan() {
    PlanExtractor.Result result = extract("""
        План мероприятий на 2024 год

        №\tМероприятие\tСрок\tОтветственный
        1\tСубботник\tапрель\tЛисин В.В.
        2\tДень города\tиюнь\tЛисин В.В.

        - 2 -

        №\tМероприятие\tСрок\tОтветственный
        3\tЯрмарка\tсентябрь\tЛисин В.В.
        """);
    assertEquals(1, result.plans().size());
    assertEquals(List.of("1", "2", "3"), result.plans().get(0).items().stream().map(Item::number).toList());
  }

  @Test
  void aMistypedYearIsKeptWithAWarningInsteadOfAWrongPeriod() {
    PlanExtractor.Result result = extract("""
        План мероприятий на 20224 год

        | № | Мероприятие | Срок | Ответственный |
        |---|---|---|---|
        | 1 | Субботник | апрель | Лисин В.В. |
        """);
    Plan plan = result.plans().get(0);
    assertEquals("План мероприятий на 20224 год", plan.title());
    assertNull(plan.period());
    Warning warning = result.warnings().get(0);
    assertEquals(Warning.Code.PERIOD_MISTYPED, warning.code());
    assertEquals("plan 1", warning.where().text());
    assertEquals("the year «20224» in the plan title is mistyped: the title is kept as written, the period is not "
        + "read from it", warning.message());
  }

  @Test
  void aMistypedYearOfAnAcademicYearIsPutRightFromTheOtherYear() {
    PlanExtractor.Result result = extract("""
        ПЛАН РАБОТЫ ШКОЛЫ НА МАЙ МЕСЯЦ 20015/2016 УЧЕБНЫЙ ГОД

        | № | Содержание работы | Дата | Ответственные |
        |---|---|---|---|
        | 1 | Итоговый педсовет | 24.05 | Директор |
        | 2 | Проверка журналов | 10.05-14.05 | Завуч |
        """);
    Plan plan = result.plans().get(0);
    assertEquals("ПЛАН РАБОТЫ ШКОЛЫ НА МАЙ МЕСЯЦ 20015/2016 УЧЕБНЫЙ ГОД", plan.title());
    assertEquals(java.time.LocalDate.of(2016, 5, 1), plan.period().start());
    assertEquals(java.time.LocalDate.of(2016, 5, 31), plan.period().end());
    assertEquals(java.time.LocalDate.of(2016, 5, 10), plan.items().get(1).deadline().start());
    assertEquals(java.time.LocalDate.of(2016, 5, 14), plan.items().get(1).deadline().end());
    Warning warning = result.warnings().get(0);
    assertEquals(Warning.Code.PERIOD_MISTYPED, warning.code());
    assertTrue(warning.message().startsWith("the year «20015» in the plan title is mistyped: the title is kept as "
        + "written, the period is read as «"), warning.message());
  }

  @Test
  void aPairIsRepairedOnlyWhenOneYearIsRight() {
    assertEquals("на 2015/2016 учебный год", TitleYears.repaired("на 20015/2016 учебный год"));
    assertEquals("на 2022-2023 учебный год", TitleYears.repaired("на 2022-20233 учебный год"));
    assertNull(TitleYears.repaired("на 20222 год"));
    assertNull(TitleYears.repaired("на 20015/20016 учебный год"));
    assertNull(TitleYears.repaired("на 2015/2016 учебный год"));
  }

  @Test
  void mistypedYearsAreTold() {
    assertEquals("20222", TitleYears.mistyped("План на 20222 год"));
    assertEquals("202", TitleYears.mistyped("План на 202 г."));
    assertEquals("20233", TitleYears.mistyped("План на 2022-20233 учебный год"));
    assertNull(TitleYears.mistyped("План на 2022-2023 учебный год"));
    assertNull(TitleYears.mistyped("План на 2024 год"));
    assertNull(TitleYears.mistyped("План на 1 полугодие 2024 г."));
    assertNull(TitleYears.mistyped("Приказ № 20222 от 01.02.2024"));
  }
}
