package prikaz.parser.deadline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import prikaz.parser.deadline.Token.Type;
import prikaz.parser.deadline.When.Unit;
import prikaz.parser.model.Deadline;
import prikaz.parser.model.Period;
import prikaz.parser.model.Recurrence;

/**
 * Reads a Russian deadline phrase into a {@link Deadline} by the grammar described in the package
 * overview. Stateless and thread-safe; never throws on any text.
 */
public final class DeadlineParser {

  /**
   * A due date inside running text, as a regular expression: «до 15 сентября 2023 года», «не позднее
   * 01.10.2023», up to the year (with «года»/«г.»). Points and activities find their own deadlines
   * with it.
   */
  public static final String DUE_IN_TEXT = "(?:до|не\\s+позднее)\\s+[^();]*?\\d{4}(?:\\s*(?:года|г\\.?)(?![а-яё]))?";

  /** «ежегодно» … as word stems with their step. */
  private static final List<Map.Entry<String, Recurrence.Every>> EVERY_ADVERBS = List.of(
      Map.entry("ежегодн", Recurrence.Every.year), Map.entry("ежемесячн", Recurrence.Every.month),
      Map.entry("ежекварт", Recurrence.Every.quarter), Map.entry("ежеполугод", Recurrence.Every.half),
      Map.entry("еженедел", Recurrence.Every.week), Map.entry("ежедневн", Recurrence.Every.day));
  /** The unit after «раз в» or «каждый». */
  private static final List<Map.Entry<String, Recurrence.Every>> EVERY_UNITS = List.of(
      Map.entry("год", Recurrence.Every.year), Map.entry("месяц", Recurrence.Every.month),
      Map.entry("квартал", Recurrence.Every.quarter), Map.entry("полугод", Recurrence.Every.half),
      Map.entry("недел", Recurrence.Every.week), Map.entry("день", Recurrence.Every.day));

  private DeadlineParser() {}

  private static Recurrence.Every stepOf(String word, List<Map.Entry<String, Recurrence.Every>> stems) {
    for (Map.Entry<String, Recurrence.Every> stem : stems) {
      if (word.startsWith(stem.getKey())) {
        return stem.getValue();
      }
    }
    return null;
  }

  /** The deadline of {@code text}, with months and quarters without a year placed by {@code context}. */
  public static Deadline parse(String text, DeadlineContext context) {
    Objects.requireNonNull(text, "text must not be null");
    Objects.requireNonNull(context, "context must not be null");
    return new Reading(DeadlineLexer.tokenize(text), context.effectivePeriod()).deadline(text);
  }

  /**
   * The period a title names («на 2022-2023 учебный год», «на 2023 год», «2022/2023 уч. г.»): the
   * last year, span of years or academic year in it, or null.
   */
  public static Period findPeriod(String title) {
    if (title == null || title.isBlank()) {
      return null;
    }
    Reading reading = new Reading(DeadlineLexer.tokenize(title), null);
    When last = null;
    for (int i = 0; i < reading.tokens.size(); i++) {
      Parsed parsed = reading.when(i);
      if (parsed != null) {
        if (parsed.when().isYearLike()) {
          last = parsed.when();
        }
        i = parsed.next() - 1;
      }
    }
    if (last == null) {
      return null;
    }
    LocalDate[] range = reading.resolve(last);
    return new Period(title.substring(last.from(), last.to()).strip(), range[0], range[1]);
  }

  private record Parsed(When when, int next) {}

  /** A pair of time expressions «from – to» (the same twice for a single one); by: «до …». */
  private record Span(When from, When to, boolean by) {}

  /** One pass over the tokens of one phrase. */
  private static final class Reading {
    private final List<Token> tokens;
    private final Period period;
    private boolean inferred;

    Reading(List<Token> tokens, Period period) {
      this.tokens = tokens;
      this.period = period;
    }

    private Token at(int i) {
      return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
    }

    private boolean isWord(int i, String word) {
      Token t = at(i);
      return t != null && t.isWord(word);
    }

    private boolean wordStarts(int i, String... prefixes) {
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

    private boolean is(int i, Type type) {
      Token t = at(i);
      return t != null && t.is(type);
    }

    /** Skips «г.», «года», «гг.» after a year. */
    private int skipYearWords(int i) {
      while (isWord(i, "г") || isWord(i, "года") || isWord(i, "год") || isWord(i, "гг") || isWord(i, "году")) {
        i++;
      }
      return i;
    }

    private int endOf(int next) {
      Token last = at(next - 1);
      return last == null ? 0 : last.end();
    }

    /** point := date | day month [year] | month [,] [year] | year [(-|/) year [уч. год]] | n (квартал|полугодие|четверть) [year] */
    Parsed when(int i) {
      Token t = at(i);
      if (t == null) {
        return null;
      }
      int from = t.start();
      switch (t.type()) {
        case DATE -> {
          int next = skipYearWords(i + 1);
          return new Parsed(new When(Unit.DAY, t.year(), t.month(), t.value(), 0, 0, false, from, endOf(next)), next);
        }
        case NUMBER -> {
          if (t.value() >= 1 && t.value() <= 31 && is(i + 1, Type.MONTH)) {
            int month = at(i + 1).value();
            int next = i + 2;
            int year = 0;
            if (is(next, Type.YEAR)) {
              year = at(next).value();
              next = skipYearWords(next + 1);
            }
            return new Parsed(new When(Unit.DAY, year, month, t.value(), 0, 0, false, from, endOf(next)), next);
          }
          return period(i, t.value());
        }
        case ROMAN, ORDINAL -> {
          return period(i, t.value());
        }
        case MONTH -> {
          int next = i + 1;
          int year = 0;
          if (is(next, Type.YEAR)) {
            year = at(next).value();
            next = skipYearWords(next + 1);
          } else if (is(next, Type.COMMA) && is(next + 1, Type.YEAR)) {
            year = at(next + 1).value(); // «Март-май, 2021»
            next = skipYearWords(next + 2);
          }
          return new Parsed(new When(Unit.MONTH, year, t.value(), 0, 0, 0, false, from, endOf(next)), next);
        }
        case YEAR -> {
          int first = t.value();
          if ((is(i + 1, Type.DASH) || is(i + 1, Type.SLASH)) && is(i + 2, Type.YEAR) && at(i + 2).value() > first) {
            int second = at(i + 2).value();
            int next = i + 3;
            boolean academicMarker = wordStarts(next, "уч");
            boolean calendarMarker = isWord(next, "гг") || wordStarts(next, "годы", "годов", "годах");
            next = skipAcademicWords(next);
            if (academicMarker || !calendarMarker && second == first + 1) {
              return new Parsed(new When(Unit.ACADEMIC_YEAR, first, 0, 0, 0, second, true, from, endOf(next)), next);
            }
            return new Parsed(new When(Unit.YEARS, first, 0, 0, 0, second, false, from, endOf(next)), next);
          }
          int next = skipAcademicWords(i + 1);
          return new Parsed(new When(Unit.YEAR, first, 0, 0, 0, first, false, from, endOf(next)), next);
        }
        default -> {
          return null;
        }
      }
    }

    private int skipAcademicWords(int i) {
      while (wordStarts(i, "уч", "г", "год")) {
        i++;
      }
      return i;
    }

    /** «I квартал 2023», «1 кв.», «второе полугодие», «III четверть» with an optional year. */
    private Parsed period(int i, int n) {
      Unit unit;
      int max;
      if (wordStarts(i + 1, "кв")) {
        unit = Unit.QUARTER;
        max = 4;
      } else if (wordStarts(i + 1, "полугод")) {
        unit = Unit.HALF;
        max = 2;
      } else if (wordStarts(i + 1, "четверт")) {
        unit = Unit.SCHOOL_QUARTER;
        max = 4;
      } else {
        return null;
      }
      if (n < 1 || n > max) {
        return null;
      }
      int next = i + 2;
      int year = 0;
      boolean academic = false;
      Parsed yearPart = is(next, Type.YEAR) ? when(next) : null;
      if (yearPart != null && yearPart.when().isYearLike()) {
        year = yearPart.when().year();
        academic = yearPart.when().unit() == Unit.ACADEMIC_YEAR;
        next = yearPart.next();
      }
      return new Parsed(new When(unit, year, 0, 0, n, 0, academic, at(i).start(), endOf(next)), next);
    }

    /** A bare day before a dash or «по»: «с 1 по 15 сентября», «10–20 октября». */
    private Parsed bareDay(int i) {
      Token t = at(i);
      if (t != null && t.is(Type.NUMBER) && t.value() >= 1 && t.value() <= 31
          && (is(i + 1, Type.DASH) || isWord(i + 1, "по") || isWord(i + 1, "до"))) {
        return new Parsed(new When(Unit.DAY, 0, 0, t.value(), 0, 0, false, t.start(), t.end()), i + 1);
      }
      return null;
    }

    private List<Span> spans() {
      List<Span> spans = new ArrayList<>();
      int i = 0;
      while (i < tokens.size()) {
        // «до …», «не позднее …», «к …»: a deadline with no start.
        int byAt = -1;
        if (isWord(i, "до") || isWord(i, "к")) {
          byAt = i + 1;
        } else if (isWord(i, "не") && (isWord(i + 1, "позднее") || isWord(i + 1, "позже"))) {
          byAt = i + 2;
        }
        if (byAt >= 0) {
          if (wordStarts(byAt, "конц", "окончани")) {
            byAt++; // «до конца декабря»
          }
          Parsed target = when(byAt);
          if (target != null) {
            spans.add(new Span(target.when(), target.when(), true));
            i = target.next();
            continue;
          }
        }
        boolean fromWord = isWord(i, "с") || isWord(i, "со");
        int start = fromWord ? i + 1 : i;
        Parsed first = when(start);
        if (first == null) {
          first = bareDay(start);
        }
        if (first == null) {
          i++;
          continue;
        }
        int j = first.next();
        if (is(j, Type.DASH) || isWord(j, "по") || fromWord && isWord(j, "до")) {
          Parsed second = when(j + 1);
          boolean dayNeedsMonth = first.when().unit() == Unit.DAY && first.when().month() == 0;
          if (second != null && !(dayNeedsMonth && second.when().month() == 0)) {
            spans.add(new Span(complete(first.when(), second.when()), second.when(), false));
            i = second.next();
            continue;
          }
        }
        if (first.when().unit() == Unit.DAY && first.when().month() == 0) {
          i = first.next(); // a lone day number with nothing to complete it
          continue;
        }
        spans.add(new Span(first.when(), first.when(), false));
        i = first.next();
      }
      return spans;
    }

    /** Gives the first half of «сентябрь–октябрь 2022» or «с 1 по 15 сентября» what the second has. */
    private static When complete(When first, When second) {
      When result = first;
      if (result.unit() == Unit.DAY && result.month() == 0) {
        result = result.withMonthAndYear(second.month(), second.year());
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

    /** Inclusive dates of one expression; nulls when its year can be neither read nor inferred. */
    LocalDate[] resolve(When w) {
      switch (w.unit()) {
        case DAY -> {
          int year = w.month() == 0 ? 0 : w.year() != 0 ? w.year() : inferYear(w.month());
          if (year == 0) {
            return new LocalDate[] {null, null};
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
          boolean school = w.academic() || w.year() == 0 && isAcademic(period);
          if (school) {
            int startYear = w.year() != 0 ? w.year() : (period == null ? 0 : period.start().getYear());
            if (startYear == 0) {
              return new LocalDate[] {null, null};
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
        case SCHOOL_QUARTER -> {
          int[][] bounds = {{9, 10}, {11, 12}, {1, 3}, {4, 5}};
          int[] b = bounds[w.index() - 1];
          int year = w.year();
          if (year != 0 && w.academic() && b[0] < 9) {
            year++;
          }
          return months(year, b[0], b[1]);
        }
        default -> throw new IllegalStateException("unit " + w.unit());
      }
    }

    private LocalDate[] months(int year, int firstMonth, int lastMonth) {
      int y = year != 0 ? year : inferYear(firstMonth);
      if (y == 0) {
        return new LocalDate[] {null, null};
      }
      return new LocalDate[] {YearMonth.of(y, firstMonth).atDay(1), YearMonth.of(y, lastMonth).atEndOfMonth()};
    }

    /** The year in which {@code month} first falls inside the period; 0 if there is no period. */
    private int inferYear(int month) {
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

    private static boolean isAcademic(Period period) {
      return period != null && period.start() != null && period.start().getMonthValue() == 9
          && period.start().getDayOfMonth() == 1 && period.end().getMonthValue() == 8;
    }

    Deadline deadline(String text) {
      Recurrence.Every every = recurrence();
      List<Span> spans = spans();
      LocalDate start = null;
      LocalDate end = null;
      boolean anyUnresolved = false;
      for (Span span : spans) {
        LocalDate[] from = resolve(span.from());
        LocalDate[] to = resolve(span.to());
        LocalDate s = span.by() ? to[1] : from[0];
        LocalDate e = to[1];
        if (s == null || e == null) {
          anyUnresolved = true;
          continue;
        }
        if (e.isBefore(s)) {
          LocalDate swap = s;
          s = e;
          e = swap;
        }
        start = start == null || s.isBefore(start) ? s : start;
        end = end == null || e.isAfter(end) ? e : end;
      }
      if (anyUnresolved) {
        start = null;
        end = null;
      }
      if (every != null) {
        Set<Integer> months = new LinkedHashSet<>();
        for (Span span : spans) {
          if (span.from().month() != 0 && !span.from().isYearLike()) {
            months.add(span.from().month());
          }
          if (span.to().month() != 0 && !span.to().isYearLike()) {
            months.add(span.to().month());
          }
        }
        if (spans.isEmpty() && period != null) {
          start = period.start();
          end = period.end();
          inferred = true;
        }
        return new Deadline(text, Deadline.Kind.recurring, start, end,
            new Recurrence(every, new ArrayList<>(months)), inferred && start != null);
      }
      if (!spans.isEmpty()) {
        if (spans.size() == 1 && spans.get(0).by()) {
          return new Deadline(text, Deadline.Kind.by, null, end, null, inferred && end != null);
        }
        boolean oneDay = spans.size() == 1 && start != null && start.equals(end)
            && spans.get(0).from().unit() == Unit.DAY;
        return new Deadline(text, oneDay ? Deadline.Kind.date : Deadline.Kind.range, start, end, null,
            inferred && start != null);
      }
      if (hasWord("постоянн", "течение", "систематическ", "регулярн", "необходимост", "круглогодичн",
          "протяжении", "весь", "всего")) {
        return period == null
            ? new Deadline(text, Deadline.Kind.ongoing, null, null, null, false)
            : new Deadline(text, Deadline.Kind.ongoing, period.start(), period.end(), null, true);
      }
      if (hasWord("график", "расписани", "план", "итогам", "итогов", "срок", "согласно", "соответствии",
          "запрос", "поступлени", "после", "отдельн", "регламент", "мере")) {
        return new Deadline(text, Deadline.Kind.scheduled, null, null, null, false);
      }
      return Deadline.unknown(text);
    }

    private boolean hasWord(String... prefixes) {
      for (int i = 0; i < tokens.size(); i++) {
        if (wordStarts(i, prefixes)) {
          return true;
        }
      }
      return false;
    }

    /** «ежегодно», «ежемесячно» … or «раз в квартал», «каждый месяц». */
    private Recurrence.Every recurrence() {
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (!t.is(Type.WORD)) {
          continue;
        }
        Recurrence.Every every = stepOf(t.text(), EVERY_ADVERBS);
        if (every != null) {
          return every;
        }
        int unitAt = t.text().equals("раз") && isWord(i + 1, "в") ? i + 2 : t.text().startsWith("кажд") ? i + 1 : -1;
        Token unit = at(unitAt);
        if (unit != null && unit.is(Type.WORD) && (every = stepOf(unit.text(), EVERY_UNITS)) != null) {
          return every;
        }
      }
      return null;
    }
  }
}
