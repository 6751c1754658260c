package prikaz.parser.internal.deadline;

import java.util.ArrayList;
import java.util.List;
import prikaz.parser.internal.deadline.Token.Type;
import prikaz.parser.internal.deadline.When.Unit;

/**
 * Reads the time expressions of one phrase's tokens, left to right in one pass: points («сентябрь
 * 2022», «15.09», «I квартал», «вторая декада апреля», «лето»), ranges, «до …» and «с …». Words
 * outside the grammar are skipped.
 */
final class SpanReader {

  /** A point and the index of the token after it. */
  record Parsed(When when, int next) {}

  /** The value of the ordinal «последний»: the last week, decade or half of a month. */
  static final int LAST = DeadlineLexer.LAST;

  private final List<Token> tokens;

  SpanReader(List<Token> tokens) {
    this.tokens = tokens;
  }

  Token at(int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
  }

  boolean isWord(int i, String word) {
    Token t = at(i);
    return t != null && t.isWord(word);
  }

  boolean wordStarts(int i, String... prefixes) {
    Token t = at(i);
    if (t == null || !t.is(Type.WORD)) {
      return false;
    }
    for (String prefix : prefixes) {
      if (t.text().startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  boolean is(int i, Type type) {
    Token t = at(i);
    return t != null && t.is(type);
  }

  private boolean wordIn(int i, String... words) {
    Token t = at(i);
    if (t == null || !t.is(Type.WORD)) {
      return false;
    }
    for (String word : words) {
      if (t.text().equals(word)) {
        return true;
      }
    }
    return false;
  }

  /** Skips «г.», «года», «гг.», «г.г.» after a year. */
  private int skipYearWords(int i) {
    while (wordIn(i, "г", "года", "год", "гг", "году")) {
      i++;
    }
    return i;
  }

  private int endOf(int next) {
    Token last = at(next - 1);
    return last == null ? 0 : last.end();
  }

  /**
   * An optional year after a month or a season: «2022», «, 2021», «2022 г.»; in «октябрь 2018/2019
   * учебный год» the year of {@code month} in that academic year (September–December the first).
   */
  private int[] optionalYear(int next, int month) {
    if (is(next, Type.YEAR) && (is(next + 1, Type.DASH) || is(next + 1, Type.SLASH)) && is(next + 2, Type.YEAR)) {
      Parsed pair = year(next, at(next));
      When y = pair.when();
      if (y.unit() == Unit.ACADEMIC_YEAR) {
        return new int[] {month >= 9 || month == 0 ? y.year() : y.lastYear(), pair.next()};
      }
    }
    if (is(next, Type.YEAR)) {
      return new int[] {at(next).value(), skipYearWords(next + 1)};
    }
    if (is(next, Type.COMMA) && is(next + 1, Type.YEAR)) {
      return new int[] {at(next + 1).value(), skipYearWords(next + 2)}; // «Март-май, 2021»
    }
    return new int[] {0, next};
  }

  /** point := date | day month [year] | day weekday | month [year] | year … | part | season | holidays */
  Parsed when(int i) {
    Token t = at(i);
    if (t == null) {
      return null;
    }
    int from = t.start();
    switch (t.type()) {
      case DATE -> {
        int next = skipYearWords(i + 1);
        return new Parsed(When.of(Unit.DAY, t.year(), t.month(), t.value(), 0, from, endOf(next)), next);
      }
      case NUMBER -> {
        if (t.value() >= 1 && t.value() <= 31 && is(i + 1, Type.MONTH)) {
          int[] year = optionalYear(i + 2, at(i + 1).value());
          return new Parsed(When.of(Unit.DAY, year[0], at(i + 1).value(), t.value(), 0, from, endOf(year[1])), year[1]);
        }
        if (t.value() >= 1 && t.value() <= 31 && wordStarts(i + 1, "числ")) {
          // «до 15 числа»: a day of the month of the plan
          return new Parsed(When.of(Unit.DAY, 0, 0, t.value(), When.PLAN_MONTH, from, at(i + 1).end()), i + 2);
        }
        if (t.value() >= 1 && t.value() <= 31 && is(i + 1, Type.WEEKDAY)) {
          return new Parsed(When.of(Unit.DAY, 0, 0, t.value(), at(i + 1).value(), from, at(i + 1).end()), i + 2);
        }
        return part(i, t.value());
      }
      case ROMAN, ORDINAL -> {
        return part(i, t.value());
      }
      case MONTH -> {
        if (t.year() != 0) { // «06.2023»
          return new Parsed(When.of(Unit.MONTH, t.year(), t.value(), 0, 0, from, t.end()), i + 1);
        }
        int[] year = optionalYear(wordStarts(i + 1, "месяц") ? i + 2 : i + 1, t.value()); // «март месяц 2019 г.»
        return new Parsed(When.of(Unit.MONTH, year[0], t.value(), 0, 0, from, endOf(year[1])), year[1]);
      }
      case YEAR -> {
        return year(i, t);
      }
      case WORD -> {
        return words(i, t);
      }
      default -> {
        return null;
      }
    }
  }

  private Parsed year(int i, Token t) {
    int first = t.value();
    int from = t.start();
    if ((is(i + 1, Type.DASH) || is(i + 1, Type.SLASH)) && is(i + 2, Type.YEAR) && at(i + 2).value() > first) {
      int second = at(i + 2).value();
      int next = i + 3;
      boolean academicMarker = wordStarts(next, "уч");
      boolean calendarMarker = isWord(next, "гг") || isWord(next, "г") && isWord(next + 1, "г")
          || wordStarts(next, "годы", "годов", "годах");
      next = skipAcademicWords(next);
      if (academicMarker || !calendarMarker && second == first + 1) {
        return new Parsed(new When(Unit.ACADEMIC_YEAR, first, 0, 0, 0, second, true, from, endOf(next)), next);
      }
      return new Parsed(new When(Unit.YEARS, first, 0, 0, 0, second, false, from, endOf(next)), next);
    }
    int next = skipAcademicWords(i + 1);
    return new Parsed(new When(Unit.YEAR, first, 0, 0, 0, first, false, from, endOf(next)), next);
  }

  private int skipAcademicWords(int i) {
    while (wordStarts(i, "уч", "г", "год")) {
      i++;
    }
    return i;
  }

  /** «начало/середина/конец марта», seasons («лето 2021 года», «летом», «летний период»), «зимних каникул». */
  private Parsed words(int i, Token t) {
    String w = t.text();
    int third = w.startsWith("начал") ? 1 : w.startsWith("середин") ? 2
        : wordIn(i, "конец", "конца", "конце", "концу", "концом") ? 3 : 0;
    if (third > 0) {
      return ofMonth(i + 1, Unit.DECADE, third, t.start());
    }
    int season = DeadlineLexer.seasonNoun(w);
    int adjective = DeadlineLexer.seasonAdjective(w);
    if (adjective > 0 && wordStarts(i + 1, "каникул")) {
      int[] year = optionalYear(i + 2, adjective == 1 ? 1 : adjective * 3 - 3);
      return new Parsed(When.of(Unit.HOLIDAYS, year[0], 0, 0, adjective, t.start(), endOf(year[1])), year[1]);
    }
    int next = i + 1;
    if (adjective > 0 && wordStarts(i + 1, "период", "сезон")) {
      season = adjective; // «летний период»; «летний лагерь» names no time
      next = i + 2;
    }
    if (season == 0) {
      return null;
    }
    int[] year = optionalYear(next, season == 1 ? 1 : season * 3 - 3);
    return new Parsed(When.of(Unit.SEASON, year[0], 0, 0, season, t.start(), endOf(year[1])), year[1]);
  }

  /** A part of a month: the month named at {@code i} («марта 2023»), or «месяца» (the plan's month). */
  private Parsed ofMonth(int i, Unit unit, int index, int from) {
    if (is(i, Type.MONTH)) {
      int[] year = optionalYear(i + 1, at(i).value());
      return new Parsed(When.of(unit, year[0], at(i).value(), 0, index, from, endOf(year[1])), year[1]);
    }
    if (wordStarts(i, "мес")) {
      return new Parsed(When.of(unit, 0, 0, 0, index, from, at(i).end()), i + 1);
    }
    return null;
  }

  /** «I квартал 2023», «1 кв.», «второе полугодие», «III четверть», «2 триместр», «1-я декада марта». */
  private Parsed part(int i, int n) {
    int unitAt = i + 1;
    if (is(unitAt, Type.DASH) && wordIn(unitAt + 1, "я", "й", "е", "ая", "ий", "ой", "ое", "го")) {
      unitAt += 2; // «1-я декада»
    }
    Unit unit;
    if (wordStarts(unitAt, "кв")) {
      unit = Unit.QUARTER;
    } else if (wordStarts(unitAt, "полугод")) {
      unit = Unit.HALF;
    } else if (wordStarts(unitAt, "четверт")) {
      unit = Unit.SCHOOL_QUARTER;
    } else if (wordStarts(unitAt, "триместр")) {
      unit = Unit.TRIMESTER;
    } else if (wordStarts(unitAt, "декад")) {
      Parsed decade = ofMonth(unitAt + 1, Unit.DECADE, n == LAST ? 3 : n, at(i).start());
      return n >= 1 && n <= 3 || n == LAST ? decade : null;
    } else if (wordStarts(unitAt, "недел")) {
      Parsed week = ofMonth(unitAt + 1, Unit.WEEK, n == LAST ? 5 : n, at(i).start());
      return n >= 1 && n <= 4 || n == LAST ? week : null;
    } else if (wordStarts(unitAt, "половин")) {
      Parsed half = ofMonth(unitAt + 1, Unit.HALF_OF_MONTH, n == LAST ? 2 : n, at(i).start());
      return n >= 1 && n <= 2 || n == LAST ? half : null;
    } else {
      return null;
    }
    When probe = When.of(unit, 0, 0, 0, n, 0, 0);
    if (n < 1 || n > probe.maxIndex()) {
      return null;
    }
    int next = unitAt + 1;
    int year = 0;
    boolean academic = false;
    Parsed yearPart = is(next, Type.YEAR) ? year(next, at(next)) : null;
    if (yearPart != null) {
      year = yearPart.when().year();
      academic = yearPart.when().unit() == Unit.ACADEMIC_YEAR;
      next = yearPart.next();
    }
    return new Parsed(new When(unit, year, 0, 0, n, 0, academic, at(i).start(), endOf(next)), next);
  }

  /** A bare number before a dash or «по»: the day of «с 1 по 15 сентября», the «1» of «1-2 четверть». */
  private Parsed bareNumber(int i) {
    Token t = at(i);
    if (t != null && (t.is(Type.NUMBER) && t.value() >= 1 && t.value() <= 31 || t.is(Type.ROMAN) || t.is(Type.ORDINAL))
        && (is(i + 1, Type.DASH) || isWord(i + 1, "по") || isWord(i + 1, "до"))) {
      return new Parsed(When.of(Unit.DAY, 0, 0, t.value(), 0, t.start(), t.end()), i + 1);
    }
    return null;
  }

  /**
   * «3, 10, 17 (пятница)», «3, 10, 17 марта»: numbers joined by commas up to a weekday or a month,
   * as the span from the first day to the last; null (and how far the list went, in {@code end[0]})
   * when the list ends otherwise.
   */
  private Span dayList(int i, int[] end) {
    int j = i;
    while (is(j, Type.NUMBER) && at(j).value() >= 1 && at(j).value() <= 31 && is(j + 1, Type.COMMA)) {
      j += 2;
    }
    end[0] = j;
    if (j == i || !is(j, Type.NUMBER)) {
      return null;
    }
    Parsed last = when(j);
    if (last == null || last.when().unit() != Unit.DAY || last.when().month() == 0 && last.when().index() == 0) {
      return null;
    }
    When l = last.when();
    When first = new When(Unit.DAY, l.year(), l.month(), at(i).value(), l.index(), 0, false, at(i).start(), at(i).end());
    end[0] = last.next();
    return new Span(first, l, false, false, false);
  }

  /** The spans of the phrase, in order. */
  List<Span> spans() {
    List<Span> spans = new ArrayList<>();
    int i = 0;
    int[] listEnd = new int[1];
    while (i < tokens.size()) {
      boolean throughout = wordStarts(i - 1, "теч", "протяжени") || wordStarts(i - 1, "вс") && wordStarts(i - 2, "теч");
      // «до …», «не позднее …», «к …», and «по …» that starts a span: a deadline with no start.
      int byAt = -1;
      if (isWord(i, "до") || isWord(i, "к") || isWord(i, "по")) {
        byAt = i + 1;
      } else if (isWord(i, "не") && (isWord(i + 1, "позднее") || isWord(i + 1, "позже"))) {
        byAt = i + 2;
      }
      if (byAt >= 0) {
        if (wordStarts(byAt, "конц", "окончани") && !is(byAt + 1, Type.MONTH)) {
          byAt++; // «до конца 2022 года»
        }
        Parsed target = when(byAt);
        if (target != null) {
          spans.add(new Span(target.when(), target.when(), true, false, false));
          i = target.next();
          continue;
        }
      }
      Span list = is(i, Type.NUMBER) && is(i + 1, Type.COMMA) ? dayList(i, listEnd) : null;
      if (list != null) {
        spans.add(list);
        i = listEnd[0];
        continue;
      } else if (is(i, Type.NUMBER) && is(i + 1, Type.COMMA)) {
        i = Math.max(i + 1, listEnd[0]); // numbers that lead nowhere: skipped once, so the scan stays linear
        continue;
      }
      boolean fromWord = isWord(i, "с") || isWord(i, "со");
      int start = fromWord ? i + 1 : i;
      Parsed first = when(start);
      if (first == null) {
        first = bareNumber(start);
      }
      if (first == null) {
        i++;
        continue;
      }
      int j = first.next();
      if (is(j, Type.DASH) || isWord(j, "по") || fromWord && isWord(j, "до")) {
        Parsed second = when(j + 1);
        Span range = second == null ? null : range(start, first.when(), second.when());
        if (range != null) {
          spans.add(new Span(range.from(), range.to(), false, false, throughout));
          i = second.next();
          continue;
        }
      }
      if (first.when().unit() == Unit.DAY && first.when().month() == 0 && first.when().index() == 0) {
        i = first.next(); // a lone number with nothing to complete it
        continue;
      }
      boolean open = fromWord && first.when().unit() == Unit.DAY && first.when().year() == 0;
      spans.add(new Span(first.when(), first.when(), false, open, throughout));
      i = first.next();
    }
    return spans;
  }

  /** «A – B»; null if B does not fit A. */
  private Span range(int start, When a, When b) {
    boolean bare = a.unit() == Unit.DAY && a.month() == 0 && a.index() == 0;
    if (bare && b.maxIndex() > 0) {
      // «1-2 четверть», «I–II полугодие»: the first number is a part of the same unit.
      if (a.day() < 1 || a.day() > b.index()) {
        return null;
      }
      return new Span(a.asPartOf(b, a.day(), a.from(), a.to()), b, false, false, false);
    }
    if (bare && is(start, Type.NUMBER) && b.unit() == Unit.DAY && b.month() == 0 && b.index() > 0) {
      // «с 10 по 14 (понедельник-пятница)»: the first day's weekday counted back from the second's
      int weekday = Math.floorMod(b.index() - 1 - (b.day() - a.day()), 7) + 1;
      return new Span(When.of(Unit.DAY, 0, 0, a.day(), weekday, a.from(), a.to()), b, false, false, false);
    }
    if (bare && is(start, Type.NUMBER) && b.unit() == Unit.DAY && b.month() == 0 && b.index() == When.PLAN_MONTH) {
      return new Span(When.of(Unit.DAY, 0, 0, a.day(), When.PLAN_MONTH, a.from(), a.to()), b, false, false, false);
    }
    if (bare && (!is(start, Type.NUMBER) || b.month() == 0)) {
      return null; // a Roman numeral before a day; a day before a year
    }
    return new Span(complete(a, b), b, false, false, false);
  }

  /** Gives the first half of «сентябрь–октябрь 2022» or «с 1 по 15 сентября» what the second has. */
  static When complete(When first, When second) {
    When result = first;
    if (result.unit() == Unit.DAY && result.month() == 0) {
      result = new When(Unit.DAY, second.year(), second.month(), result.day(), second.index(), 0, false,
          result.from(), result.to());
    }
    if (result.year() == 0 && second.year() != 0 && (result.unit() == Unit.DAY || result.unit() == Unit.MONTH)) {
      int year = second.year();
      if (second.month() != 0 && result.month() > second.month()) {
        year--; // «ноябрь – февраль 2023»: November of the year before
      }
      result = result.withYear(year);
    }
    return result;
  }
}
