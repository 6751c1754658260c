package prikaz.parser.internal.deadline;

/**
 * One time expression of a deadline before its year is settled: a day, a month, a year, a span of
 * years, an academic year, a quarter, a half-year, a school quarter or trimester, a ten-day part of
 * a month, a season or school holidays. A zero year or month means the text did not give it;
 * {@code index} is the quarter, half, part or season number (for a day without a month, its
 * weekday 1–7, {@link #PLAN_MONTH} or 0). {@code from}/{@code to} index the original text.
 */
record When(Unit unit, int year, int month, int day, int index, int lastYear, boolean academic, int from, int to) {

  enum Unit {
    DAY,
    MONTH,
    YEAR,
    YEARS,
    ACADEMIC_YEAR,
    QUARTER,
    HALF,
    SCHOOL_QUARTER,
    TRIMESTER,
    /** A third of a month: 1 = days 1–10 («первая декада», «начало»), 2 = 11–20, 3 = 21–end. */
    DECADE,
    /** A week of a month: days 1–7, 8–14, 15–21, 22–28, 5 = the last seven («последняя неделя»). */
    WEEK,
    /** A half of a month: 1–15, 16–end. */
    HALF_OF_MONTH,
    /** 1 winter (December–February), 2 spring, 3 summer, 4 autumn; {@code year} is that of its first month. */
    SEASON,
    /** School holidays, numbered as seasons. */
    HOLIDAYS
  }

  /** The {@code index} of a day without a month that is in the month of the plan: «до 15 числа». */
  static final int PLAN_MONTH = -1;

  static When of(Unit unit, int year, int month, int day, int index, int from, int to) {
    return new When(unit, year, month, day, index, 0, false, from, to);
  }

  When withYear(int newYear) {
    return new When(unit, newYear, month, day, index, lastYear, academic, from, to);
  }

  When withMonthAndYear(int newMonth, int newYear) {
    return new When(unit, newYear, newMonth, day, index, lastYear, academic, from, to);
  }

  /** The same text read as part {@code n} of {@code other}'s unit: «1» of «1-2 четверть». */
  When asPartOf(When other, int n, int newFrom, int newTo) {
    return new When(other.unit, other.year, other.month, 0, n, other.lastYear, other.academic, newFrom, newTo);
  }

  boolean isYearLike() {
    return unit == Unit.YEAR || unit == Unit.YEARS || unit == Unit.ACADEMIC_YEAR;
  }

  /** Units counted in parts of a larger one, with their largest number. */
  int maxIndex() {
    return switch (unit) {
      case QUARTER, SCHOOL_QUARTER -> 4;
      case HALF -> 2;
      case TRIMESTER, DECADE -> 3;
      case WEEK -> 4;
      case HALF_OF_MONTH -> 2;
      default -> 0;
    };
  }
}
