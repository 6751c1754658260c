package prikaz.parser.internal.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import prikaz.parser.internal.deadline.Token.Type;
import prikaz.parser.internal.deadline.When.Unit;
import prikaz.parser.model.Deadline;
import prikaz.parser.model.Period;
import prikaz.parser.model.Recurrence;
import prikaz.parser.model.Warning;

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

  /** The warning code of a deadline written as a date no calendar has. */
  public static final Warning.Code IMPOSSIBLE_DATE = Warning.Code.DEADLINE_IMPOSSIBLE_DATE;

  /** «ежегодно», «ежемес.» … as word stems with their step. */
  private static final List<Map.Entry<String, Recurrence.Every>> EVERY_ADVERBS = List.of(
      Map.entry("ежегод", Recurrence.Every.year), Map.entry("ежемес", Recurrence.Every.month),
      Map.entry("ежекв", Recurrence.Every.quarter), Map.entry("ежеполугод", Recurrence.Every.half),
      Map.entry("еженед", Recurrence.Every.week), Map.entry("ежеднев", Recurrence.Every.day));
  /** The unit after «раз в», «раза в» or «каждый». */
  private static final List<Map.Entry<String, Recurrence.Every>> EVERY_UNITS = List.of(
      Map.entry("год", Recurrence.Every.year), Map.entry("мес", Recurrence.Every.month),
      Map.entry("квартал", Recurrence.Every.quarter), Map.entry("четверт", Recurrence.Every.quarter),
      Map.entry("полугод", Recurrence.Every.half), Map.entry("недел", Recurrence.Every.week),
      Map.entry("день", Recurrence.Every.day));

  private DeadlineParser() {}

  /** The deadline of {@code text}, with months and quarters without a year placed by {@code context}. */
  public static Deadline parse(String text, DeadlineContext context) {
    return read(text, context).deadline();
  }

  /** The deadline of {@code text} and the warnings about how it is written. */
  public static DeadlineResult read(String text, DeadlineContext context) {
    Objects.requireNonNull(text, "text must not be null");
    Objects.requireNonNull(context, "context must not be null");
    List<Token> tokens = DeadlineLexer.tokenize(text);
    String impossible = impossibleDate(tokens);
    if (impossible != null) {
      return new DeadlineResult(Deadline.unknown(text), List.of(new Warning(IMPOSSIBLE_DATE,
          "«" + text.replace('\n', ' ').strip() + "»: " + impossible + " is not a date", null)));
    }
    return new DeadlineResult(new Reading(tokens, context.effectivePeriod()).deadline(text), List.of());
  }

  /** The first date-shaped piece no calendar has («31.06.2023», the «17.30» of «05.12-17.30»), or null. */
  private static String impossibleDate(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.is(Type.BAD_DATE)
          || t.is(Type.TIME) && i >= 2 && tokens.get(i - 1).is(Type.DASH) && tokens.get(i - 2).is(Type.DATE)) {
        return t.text();
      }
    }
    return null;
  }

  /**
   * The period a title names («на 2022-2023 учебный год», «на 2023 год», «на ноябрь 2019 года»,
   * «лето 2021 года», «с 1 по 15 июня 2023 года»): the last year, span of years, academic year,
   * month, season, quarter, half or range of days in it, or null.
   */
  public static Period findPeriod(String title) {
    if (title == null || title.isBlank()) {
      return null;
    }
    Period last = null;
    for (Period p : periods(title, null)) {
      last = p;
    }
    return last;
  }

  /**
   * The part of {@code within} a section title names («Январь», «II четверть», «Лето»), with a
   * missing year taken from {@code within}; null when the title names none.
   */
  static Period partOf(String title, Period within) {
    List<Period> found = title == null || title.isBlank() ? List.of() : periods(title, within);
    return found.isEmpty() ? null : found.get(0);
  }

  /**
   * Every span of {@code text} that can be a period: not «до …», not a single day, dates known. A
   * month without a year just before a year takes that year («март месяц 2019 учебный год»).
   */
  private static List<Period> periods(String text, Period within) {
    Dates dates = new Dates(within);
    List<Period> periods = new ArrayList<>();
    List<Span> spans = new SpanReader(DeadlineLexer.tokenize(text)).spans();
    for (int k = 0; k < spans.size(); k++) {
      Span span = spans.get(k);
      boolean oneDay = span.from().unit() == Unit.DAY && span.from().equals(span.to());
      if (span.by() || span.open() || oneDay) {
        continue;
      }
      LocalDate[] from = dates.resolve(span.from());
      LocalDate[] to = dates.resolve(span.to());
      int end = span.to().to();
      Span next = k + 1 < spans.size() ? spans.get(k + 1) : null;
      if ((from[0] == null || to[1] == null) && next != null && next.from().isYearLike() && !next.by()) {
        Dates ofYear = new Dates(new Period("", dates.resolve(next.from())[0], dates.resolve(next.to())[1]));
        from = ofYear.resolve(span.from());
        to = ofYear.resolve(span.to());
        end = next.to().to();
        k++;
      }
      if (from[0] != null && to[1] != null && !to[1].isBefore(from[0])) {
        String last = text.substring(span.from().from(), end).replaceAll("^.*[^\\p{L}]", "");
        if (end < text.length() && text.charAt(end) == '.' && !last.isEmpty() && last.length() <= 2) {
          end++; // «2024 г.», «2019 - 2020 гг.» keep their dot
        }
        periods.add(new Period(text.substring(span.from().from(), end).strip(), from[0], to[1]));
      }
    }
    return periods;
  }

  private static Recurrence.Every stepOf(String word, List<Map.Entry<String, Recurrence.Every>> stems) {
    for (Map.Entry<String, Recurrence.Every> stem : stems) {
      if (word.startsWith(stem.getKey())) {
        return stem.getValue();
      }
    }
    return null;
  }

  /** One phrase read against one period. */
  private static final class Reading {
    private final List<Token> tokens;
    private final SpanReader reader;
    private final Period period;
    private final Dates dates;

    Reading(List<Token> tokens, Period period) {
      this.tokens = tokens;
      this.reader = new SpanReader(tokens);
      this.period = period;
      this.dates = new Dates(period);
    }

    /** Dates of a span, the first end taking its year from the second's when the text gives neither. */
    private LocalDate[] resolve(Span span) {
      LocalDate[] to = dates.resolve(span.to());
      When from = span.from();
      LocalDate[] start;
      if (from != span.to() && from.year() == 0 && span.to().year() == 0 && from.month() != 0
          && span.to().month() != 0 && to[0] != null && from.unit() != Unit.SEASON && from.unit() != Unit.HOLIDAYS) {
        // «22.11-18.12» in a December plan: November of December's year, or of the year before.
        int year = to[0].getYear() - (from.month() > span.to().month() ? 1 : 0);
        start = dates.resolve(from.withYear(year));
      } else {
        start = dates.resolve(from);
      }
      if (start[0] != null && to[1] != null && to[1].isBefore(start[0]) && span.to().year() == 0
          && span.to() != from && span.to().unit() != Unit.DAY) {
        // «III – IV кварталы» in an academic plan: the fourth after the third, not the year before.
        to = dates.resolve(span.to().withYear(start[0].getYear()));
        if (to[1] != null && to[1].isBefore(start[0])) {
          to = dates.resolve(span.to().withYear(start[0].getYear() + 1));
        }
      }
      return new LocalDate[] {start[0], to[1]};
    }

    Deadline deadline(String text) {
      Recurrence.Every every = recurrence();
      int anchorAt = every == null ? -1 : anchorStart();
      // An anchor relative to the round («следующего за отчетным», «до 10 числа») names no one date.
      boolean relativeAnchor = anchorAt >= 0 && hasWordFrom(anchorAt, "следующ", "отчетн", "числ");
      List<Span> spans = new ArrayList<>();
      for (Span span : reader.spans()) {
        if (!relativeAnchor || span.from().from() < tokens.get(anchorAt).start()) {
          spans.add(span); // «до 5 числа месяца, следующего за отчетным» is no date
        }
      }
      LocalDate start = null;
      LocalDate end = null;
      boolean anyUnresolved = false;
      for (Span span : spans) {
        LocalDate[] range = resolve(span);
        LocalDate s = span.by() ? range[1] : range[0];
        LocalDate e = span.open() ? range[0] : range[1];
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
      boolean inferred = dates.inferred();
      if (every != null) {
        if (spans.isEmpty() && period != null) {
          start = period.start();
          end = period.end();
          inferred = true;
        }
        return new Deadline(text, Deadline.Kind.recurring, start, end,
            new Recurrence(every, months(spans), anchor(text, anchorAt)), inferred && start != null);
      }
      if (!spans.isEmpty()) {
        return fromSpans(text, spans, start, end, inferred);
      }
      if (period != null && byEndOfYear()) {
        return new Deadline(text, Deadline.Kind.by, null, period.end(), null, true);
      }
      if (hasWordFrom(0, "постоянн", "теч", "систематическ", "регулярн", "необходимост", "круглогодичн",
          "протяжении", "весь", "всего")) {
        return period == null
            ? new Deadline(text, Deadline.Kind.ongoing, null, null, null, false)
            : new Deadline(text, Deadline.Kind.ongoing, period.start(), period.end(), null, true);
      }
      if (hasWordFrom(0, "график", "расписани", "план", "итогам", "итогов", "срок", "согласно", "соответствии",
          "запрос", "поступлени", "после", "отдельн", "регламент", "мере")) {
        return new Deadline(text, Deadline.Kind.scheduled, null, null, null, false);
      }
      return Deadline.unknown(text);
    }

    private static Deadline fromSpans(String text, List<Span> spans, LocalDate start, LocalDate end, boolean inferred) {
      Span only = spans.size() == 1 ? spans.get(0) : null;
      if (only != null && only.by()) {
        return new Deadline(text, Deadline.Kind.by, null, end, null, inferred && end != null);
      }
      if (only != null && only.open()) {
        return new Deadline(text, Deadline.Kind.range, start, null, null, inferred && start != null);
      }
      if (only != null && only.throughout() && !only.yearWritten()) {
        return new Deadline(text, Deadline.Kind.ongoing, start, end, null, inferred && start != null);
      }
      boolean oneDay = only != null && only.from().unit() == Unit.DAY && only.from() == only.to()
          && (start == null || start.equals(end));
      return new Deadline(text, oneDay ? Deadline.Kind.date : Deadline.Kind.range, start, end, null,
          inferred && start != null);
    }

    /** The months the spans name, in order («ежегодно май сентябрь ноябрь» → 5, 9, 11). */
    private static List<Integer> months(List<Span> spans) {
      Set<Integer> months = new LinkedHashSet<>();
      for (Span span : spans) {
        for (When w : List.of(span.from(), span.to())) {
          if (w.month() != 0 && !w.isYearLike()) {
            months.add(w.month());
          }
        }
      }
      return new ArrayList<>(months);
    }

    /** «до конца года», «до окончания года», in an academic plan «до конца учебного года»: by the end of the plan period. */
    private boolean byEndOfYear() {
      for (int i = 0; i + 2 < tokens.size(); i++) {
        if (reader.isWord(i, "до") && reader.wordStarts(i + 1, "конц", "окончани")) {
          boolean school = reader.wordStarts(i + 2, "уч");
          if (school && !Dates.isAcademic(period)) {
            continue; // a calendar plan does not say when its school year ends
          }
          int at = school ? i + 3 : i + 2;
          if (reader.isWord(at, "года") && !reader.is(at + 1, Type.YEAR)) {
            return true;
          }
        }
      }
      return false;
    }

    private boolean hasWordFrom(int from, String... prefixes) {
      for (int i = from; i < tokens.size(); i++) {
        if (reader.wordStarts(i, prefixes)) {
          return true;
        }
      }
      return false;
    }

    /** «ежегодно», «ежемес.» … or «раз в квартал», «2 раза в месяц», «каждый месяц», «по средам». */
    private Recurrence.Every recurrence() {
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (t.is(Type.WEEKDAY) && t.text().endsWith("ам") && reader.isWord(i - 1, "по")
            || t.is(Type.WEEKDAY) && reader.wordStarts(i - 1, "кажд")) {
          return Recurrence.Every.week;
        }
        if (!t.is(Type.WORD)) {
          continue;
        }
        Recurrence.Every every = stepOf(t.text(), EVERY_ADVERBS);
        if (every != null) {
          return every;
        }
        boolean times = (t.text().equals("раз") || t.text().equals("раза")) && reader.isWord(i + 1, "в");
        int unitAt = times ? i + 2 : t.text().startsWith("кажд") ? i + 1 : -1;
        Token unit = reader.at(unitAt);
        if (unit != null && unit.is(Type.WORD) && (every = stepOf(unit.text(), EVERY_UNITS)) != null) {
          return every;
        }
      }
      return null;
    }

    /** Where the anchor of a recurrence starts: «до …», «не позднее …», «к …», «по средам», «в пятницу». */
    private int anchorStart() {
      for (int i = 0; i < tokens.size(); i++) {
        boolean weekday = reader.is(i + 1, Type.WEEKDAY);
        if (reader.isWord(i, "до") || reader.isWord(i, "к") && !reader.is(i + 1, Type.WORD)
            || reader.isWord(i, "не") && (reader.isWord(i + 1, "позднее") || reader.isWord(i + 1, "позже"))
            || weekday && (reader.isWord(i, "по") || reader.isWord(i, "в") || reader.isWord(i, "во")
                || reader.wordStarts(i, "кажд"))) {
          return i;
        }
        if (reader.is(i, Type.WEEKDAY) && !reader.is(i - 1, Type.NUMBER)) {
          return i; // «еженедельно (понедельник)»
        }
      }
      return -1;
    }

    /** The anchor as written: from its first word to the end or to the recurrence word after it. */
    private String anchor(String text, int anchorAt) {
      if (anchorAt < 0) {
        return null;
      }
      int from = tokens.get(anchorAt).start();
      int to = text.length();
      for (int i = anchorAt + 1; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (t.is(Type.WORD) && stepOf(t.text(), EVERY_ADVERBS) != null) {
          to = tokens.get(i - 1).end();
          break;
        }
      }
      String anchor = text.substring(from, to).replace('\n', ' ').strip();
      while (!anchor.isEmpty() && (",;:".indexOf(anchor.charAt(anchor.length() - 1)) >= 0
          || anchor.endsWith(")") && anchor.indexOf('(') < 0)) {
        anchor = anchor.substring(0, anchor.length() - 1).strip();
      }
      return anchor.isEmpty() ? null : anchor;
    }
  }
}
