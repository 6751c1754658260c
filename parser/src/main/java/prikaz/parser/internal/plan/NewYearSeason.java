package prikaz.parser.internal.plan;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import prikaz.parser.model.Period;

/**
 * A plan for the coming of a New Year («… к встрече Нового 2025 года», «… празднования Нового
 * 2025 года») names the year that begins, while its events fall in the December before it and the
 * January of it: the period is that season, so «28 декабря» is in the year before the one named.
 */
final class NewYearSeason {
  private static final Pattern NEW_YEAR = Pattern.compile("(?iu)(?<![\\p{L}])нов(?:ого|ый|ому|ым|ом)\\s+((?:19|20)\\d\\d)\\s*(?:год|г\\.)");

  private NewYearSeason() {}

  /** The season when the title names a New Year and its period is that whole year; else {@code stated}. */
  static Period of(String title, Period stated) {
    if (title == null || stated == null || stated.start() == null || stated.end() == null) {
      return stated;
    }
    Matcher m = NEW_YEAR.matcher(title);
    if (!m.find()) {
      return stated;
    }
    int year = Integer.parseInt(m.group(1));
    if (!stated.start().equals(LocalDate.of(year, 1, 1)) || !stated.end().equals(LocalDate.of(year, 12, 31))) {
      return stated;
    }
    return new Period(stated.text(), LocalDate.of(year - 1, 12, 1), LocalDate.of(year, 1, 31));
  }
}
