package prikaz.parser.internal.deadline;

import java.time.LocalDate;
import prikaz.parser.model.Period;

/**
 * What a deadline is read against: the plan period (from the plan or order title) and the order
 * date. Either may be null; a month without a year then cannot be placed.
 */
public record DeadlineContext(Period period, LocalDate orderDate) {

  /** No context: only deadlines that carry their own years get dates. */
  public static final DeadlineContext NONE = new DeadlineContext(null, null);

  /**
   * The context of the rows under a section whose title names a part of the period: «Январь»,
   * «II четверть», «Лето», «Декабрь 2022». Deadlines there («5 (суббота)», «первая декада»,
   * «конец месяца», «22.11-18.12») are read against that part, its year taken from this context's
   * period. A title that names no time gives this context unchanged.
   */
  public DeadlineContext inSection(String sectionTitle) {
    Period part = DeadlineParser.partOf(sectionTitle, effectivePeriod());
    return part == null ? this : new DeadlineContext(part, orderDate);
  }

  /**
   * The period deadlines are read against: the stated plan period, else the twelve months from the
   * order date's month, else null.
   */
  public Period effectivePeriod() {
    if (period != null && period.start() != null && period.end() != null) {
      return period;
    }
    if (orderDate != null) {
      LocalDate start = orderDate.withDayOfMonth(1);
      return new Period("12 месяцев с даты приказа", start, start.plusYears(1).minusDays(1));
    }
    return null;
  }
}
