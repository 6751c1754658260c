package prikaz.parser.deadline;

/**
 * One time expression of a deadline before its year is settled: a day, a month, a year, a span of
 * years, an academic year, a quarter, a half-year or a school quarter. A zero year or month means
 * the text did not give it. {@code from}/{@code to} index the original text.
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
    SCHOOL_QUARTER
  }

  When withYear(int newYear) {
    return new When(unit, newYear, month, day, index, lastYear, academic, from, to);
  }

  When withMonthAndYear(int newMonth, int newYear) {
    return new When(unit, newYear, newMonth, day, index, lastYear, academic, from, to);
  }

  boolean isYearLike() {
    return unit == Unit.YEAR || unit == Unit.YEARS || unit == Unit.ACADEMIC_YEAR;
  }
}
