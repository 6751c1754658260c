package prikaz.parser.internal.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import prikaz.parser.model.Deadline;
import prikaz.parser.model.Period;
import prikaz.parser.model.Warning;

/** Plan periods read from titles, sections as contexts, and the warnings of impossible dates. */
class DeadlineContextTest {
  private static final DeadlineContext ACADEMIC = new DeadlineContext(
      new Period("2022-2023 учебный год", LocalDate.of(2022, 9, 1), LocalDate.of(2023, 8, 31)), null);

  private static void assertPeriod(String text, String start, String end, Period period) {
    assertEquals(text, period.text());
    assertEquals(LocalDate.parse(start), period.start());
    assertEquals(LocalDate.parse(end), period.end());
  }

  @Test
  void titlesNameMonthsSeasonsQuartersAndDaysAsWellAsYears() {
    assertPeriod("2022-2023 учебный год", "2022-09-01", "2023-08-31",
        DeadlineParser.findPeriod("План работы школы на 2022-2023 учебный год"));
    assertPeriod("ноябрь 2019 года", "2019-11-01", "2019-11-30",
        DeadlineParser.findPeriod("План работы библиотеки на ноябрь 2019 года"));
    assertPeriod("лето 2021 года", "2021-06-01", "2021-08-31",
        DeadlineParser.findPeriod("План оздоровительной работы на лето 2021 года"));
    assertPeriod("II квартал 2024 г.", "2024-04-01", "2024-06-30",
        DeadlineParser.findPeriod("План контрольных мероприятий на II квартал 2024 г."));
    assertPeriod("12 — 14 сентября 2019 года", "2019-09-12", "2019-09-14",
        DeadlineParser.findPeriod("План проведения ярмарки 12 — 14 сентября 2019 года"));
    assertPeriod("ноябрь 2019 года – февраль 2020 года", "2019-11-01", "2020-02-29",
        DeadlineParser.findPeriod("План на ноябрь 2019 года – февраль 2020 года"));
    assertPeriod("2019 - 2020 г.г.", "2019-01-01", "2020-12-31",
        DeadlineParser.findPeriod("Мероприятия на 2019 - 2020 г.г."));
    assertPeriod("октябрь месяц 2018/2019 учебный год", "2018-10-01", "2018-10-31",
        DeadlineParser.findPeriod("План работы на октябрь месяц 2018/2019 учебный год"));
    assertPeriod("МАРТ 2018-2019 УЧ. ГОД", "2019-03-01", "2019-03-31",
        DeadlineParser.findPeriod("ПЛАН НА МАРТ 2018-2019 УЧ. ГОД"));
    assertPeriod("апрель 2019", "2019-04-01", "2019-04-30",
        DeadlineParser.findPeriod("План на апрель 2019 учебного года"));
  }

  @Test
  void aSingleDateInATitleIsNoPeriod() {
    assertNull(DeadlineParser.findPeriod("Приложение к приказу от 01.09.2022 № 114"));
    assertNull(DeadlineParser.findPeriod("План мероприятий"));
    assertNull(DeadlineParser.findPeriod("   "));
  }

  @Test
  void aSectionNamingAMonthNarrowsThePeriodAndTakesItsYear() {
    DeadlineContext january = ACADEMIC.inSection("Январь");
    assertPeriod("Январь", "2023-01-01", "2023-01-31", january.period());
    Deadline saturday = DeadlineParser.parse("21 (суббота)", january);
    assertEquals(Deadline.Kind.date, saturday.kind());
    assertEquals(LocalDate.of(2023, 1, 21), saturday.start());
    assertPeriod("II четверть", "2022-11-01", "2022-12-31", ACADEMIC.inSection("II четверть").period());
  }

  @Test
  void aSectionNamingNoTimeLeavesTheContextAsItWas() {
    assertSame(ACADEMIC, ACADEMIC.inSection("Работа с педагогическими кадрами"));
    assertSame(ACADEMIC, ACADEMIC.inSection(null));
  }

  @Test
  void anImpossibleDateIsUnknownWithAWarningThatQuotesIt() {
    DeadlineResult result = DeadlineParser.read("до 31.09.2022", ACADEMIC);
    assertEquals(Deadline.Kind.unknown, result.deadline().kind());
    assertNull(result.deadline().end());
    assertEquals(List.of(new Warning(DeadlineParser.IMPOSSIBLE_DATE, "«до 31.09.2022»: 31.09.2022 is not a date", null)),
        result.warnings());
    DeadlineResult range = DeadlineParser.read("11.10-18.40.", ACADEMIC);
    assertEquals(Deadline.Kind.unknown, range.deadline().kind());
    assertEquals("«11.10-18.40.»: 18.40 is not a date", range.warnings().get(0).message());
  }

  @Test
  void aTimeAfterADayIsNoImpossibleDate() {
    DeadlineResult result = DeadlineParser.read("14.10 18.40", ACADEMIC);
    assertEquals(Deadline.Kind.date, result.deadline().kind());
    assertEquals(LocalDate.of(2022, 10, 14), result.deadline().start());
    assertEquals(List.of(), result.warnings());
  }
}
