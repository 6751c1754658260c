package prikaz.parser.internal.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import prikaz.parser.internal.deadline.When.Unit;
import prikaz.parser.model.Period;

/**
 * Places time expressions on the calendar: inclusive first and last days, with a missing year taken
 * from the period a plan covers. Remembers whether it had to take one.
 */
final class Dates {
  /** School holidays as usually set: autumn 28.10–05.11, winter 29.12–08.01, spring 24.03–31.03, summer 01.06–31.08. */
  private static final int[][] HOLIDAYS = {{12, 29, 1, 8}, {3, 24, 3, 31}, {6, 1, 8, 31}, {10, 28, 11, 5}};
  private static final LocalDate[] NONE = {null, null};

  private final Period period;
  private boolean inferred;

  Dates(Period period) {
    this.period = period;
  }

  /** Whether some year (or month) came from the period rather than the text. */
  boolean inferred() {
    return inferred;
  }

  /** Inclusive dates of one expression; nulls when its year can be neither read nor inferred. */
  LocalDate[] resolve(When w) {
    switch (w.unit()) {
      case DAY -> {
        if (w.month() == 0) {
          return w.index() > 0 ? weekday(w.day(), w.index()) : w.index() == When.PLAN_MONTH ? dayOfPlanMonth(w.day()) : NONE;
        }
        int year = w.year() != 0 ? w.year() : inferYear(w.month());
        if (year == 0) {
          return NONE;
        }
        YearMonth ym = YearMonth.of(year, w.month());
        LocalDate day = ym.atDay(Math.min(w.day(), ym.lengthOfMonth()));
        return new LocalDate[] {day, day};
      }
      case MONTH -> {
        return months(w.year(), w.month(), w.month());
      }
      case YEAR -> {
        return new LocalDate[] {LocalDate.of(w.year(), 1, 1), LocalDate.of(w.year(), 12, 31)};
      }
      case YEARS -> {
        return new LocalDate[] {LocalDate.of(w.year(), 1, 1), LocalDate.of(w.lastYear(), 12, 31)};
      }
      case ACADEMIC_YEAR -> {
        return new LocalDate[] {LocalDate.of(w.year(), 9, 1), LocalDate.of(w.lastYear(), 8, 31)};
      }
      case QUARTER -> {
        int first = (w.index() - 1) * 3 + 1;
        return months(w.year(), first, first + 2);
      }
      case HALF -> {
        return half(w);
      }
      case SCHOOL_QUARTER -> {
        int[][] bounds = {{9, 10}, {11, 12}, {1, 3}, {4, 5}};
        return schoolMonths(w, bounds[w.index() - 1]);
      }
      case TRIMESTER -> {
        int[][] bounds = {{9, 11}, {12, 2}, {3, 5}};
        return schoolMonths(w, bounds[w.index() - 1]);
      }
      case DECADE, WEEK, HALF_OF_MONTH -> {
        return partOfMonth(w);
      }
      case SEASON -> {
        int first = w.index() == 1 ? 12 : w.index() * 3 - 3;
        // «зима 2023» is the winter that January 2023 is in.
        int year = w.year() == 0 ? inferYear(first) : w.index() == 1 ? w.year() - 1 : w.year();
        if (year == 0) {
          return NONE;
        }
        LocalDate start = LocalDate.of(year, first, 1);
        return new LocalDate[] {start, start.plusMonths(3).minusDays(1)};
      }
      case HOLIDAYS -> {
        int[] h = HOLIDAYS[w.index() - 1];
        int year = w.year() == 0 ? inferYear(h[0]) : w.index() == 1 ? w.year() - 1 : w.year();
        if (year == 0) {
          return NONE;
        }
        return new LocalDate[] {LocalDate.of(year, h[0], h[1]), LocalDate.of(h[2] < h[0] ? year + 1 : year, h[2], h[3])};
      }
      default -> throw new IllegalStateException("unit " + w.unit());
    }
  }

  /** «I полугодие»: the school half in an academic plan (or of an academic year), else the calendar half. */
  private LocalDate[] half(When w) {
    boolean school = w.academic() || w.year() == 0 && isAcademic(period);
    if (school) {
      int startYear = w.year() != 0 ? w.year() : (period == null ? 0 : period.start().getYear());
      if (startYear == 0) {
        return NONE;
      }
      if (w.year() == 0) {
        inferred = true;
      }
      return w.index() == 1
          ? new LocalDate[] {LocalDate.of(startYear, 9, 1), LocalDate.of(startYear, 12, 31)}
          : new LocalDate[] {LocalDate.of(startYear + 1, 1, 1), LocalDate.of(startYear + 1, 8, 31)};
    }
    int first = w.index() == 1 ? 1 : 7;
    return months(w.year(), first, first + 5);
  }

  /** A school quarter or trimester: months {@code b[0]}..{@code b[1]}, which may cross New Year. */
  private LocalDate[] schoolMonths(When w, int[] b) {
    int year = w.year();
    if (year != 0 && w.academic() && b[0] < 9) {
      year++;
    }
    int y = year != 0 ? year : inferYear(b[0]);
    if (y == 0) {
      return NONE;
    }
    int lastYear = b[1] < b[0] ? y + 1 : y;
    return new LocalDate[] {YearMonth.of(y, b[0]).atDay(1), YearMonth.of(lastYear, b[1]).atEndOfMonth()};
  }

  /**
   * Days 1–10, 11–20 or 21–end (a week: 1–7 … 22–28 or the last seven; a half: 1–15, 16–end) of the month named, or of the plan's month for
   * «конец месяца».
   */
  private LocalDate[] partOfMonth(When w) {
    YearMonth ym;
    if (w.month() != 0) {
      int year = w.year() != 0 ? w.year() : inferYear(w.month());
      if (year == 0) {
        return NONE;
      }
      ym = YearMonth.of(year, w.month());
    } else {
      ym = singleMonth();
      if (ym == null) {
        return NONE;
      }
      inferred = true;
    }
    if (w.unit() == Unit.WEEK) {
      int first = w.index() == 5 ? ym.lengthOfMonth() - 6 : w.index() * 7 - 6;
      return new LocalDate[] {ym.atDay(first), ym.atDay(first + 6)};
    }
    if (w.unit() == Unit.HALF_OF_MONTH) {
      return w.index() == 1 ? new LocalDate[] {ym.atDay(1), ym.atDay(15)}
          : new LocalDate[] {ym.atDay(16), ym.atEndOfMonth()};
    }
    int first = w.index() * 10 - 9;
    int last = w.index() == 3 ? ym.lengthOfMonth() : w.index() * 10;
    return new LocalDate[] {ym.atDay(first), ym.atDay(last)};
  }

  /** «до 15 числа» in a plan for one month: that day of it. */
  private LocalDate[] dayOfPlanMonth(int day) {
    YearMonth ym = singleMonth();
    if (ym == null || day > ym.lengthOfMonth()) {
      return NONE;
    }
    inferred = true;
    return new LocalDate[] {ym.atDay(day), ym.atDay(day)};
  }

  /** The month of a plan for one month, else null. */
  private YearMonth singleMonth() {
    if (period == null || period.start() == null || period.end() == null) {
      return null;
    }
    YearMonth ym = YearMonth.from(period.start());
    return ym.equals(YearMonth.from(period.end())) ? ym : null;
  }

  /**
   * «5 (суббота)»: the first month of the period in which that day is that weekday; in a plan for
   * one month, that month even when the weekday does not fit.
   */
  private LocalDate[] weekday(int day, int weekday) {
    if (period == null) {
      return NONE;
    }
    YearMonth ym = YearMonth.from(period.start());
    YearMonth last = YearMonth.from(period.end());
    for (int n = 0; n < 36 && !ym.isAfter(last); n++, ym = ym.plusMonths(1)) {
      if (day <= ym.lengthOfMonth() && ym.atDay(day).getDayOfWeek() == DayOfWeek.of(weekday)) {
        inferred = true;
        return new LocalDate[] {ym.atDay(day), ym.atDay(day)};
      }
    }
    YearMonth only = singleMonth();
    if (only != null && day <= only.lengthOfMonth()) {
      inferred = true;
      return new LocalDate[] {only.atDay(day), only.atDay(day)};
    }
    return NONE;
  }

  private LocalDate[] months(int year, int firstMonth, int lastMonth) {
    int y = year != 0 ? year : inferYear(firstMonth);
    if (y == 0) {
      return NONE;
    }
    return new LocalDate[] {YearMonth.of(y, firstMonth).atDay(1), YearMonth.of(y, lastMonth).atEndOfMonth()};
  }

  /** The year in which {@code month} first falls inside the period; 0 if there is no period. */
  int inferYear(int month) {
    if (period == null || month < 1 || month > 12) {
      return 0;
    }
    inferred = true;
    for (int y = period.start().getYear(); y <= period.end().getYear(); y++) {
      YearMonth ym = YearMonth.of(y, month);
      if (!ym.atEndOfMonth().isBefore(period.start()) && !ym.atDay(1).isAfter(period.end())) {
        return y;
      }
    }
    return period.start().getYear();
  }

  static boolean isAcademic(Period period) {
    return period != null && period.start() != null && period.start().getMonthValue() == 9
        && period.start().getDayOfMonth() == 1 && period.end().getMonthValue() == 8;
  }
}
