package prikaz.parser.internal.grammar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Russian documents write them: «29.06.2022 г.», «30.12.22», «"30" ноября 2022 г»,
 * «15 февраля 2022 года». Not API.
 */
public final class RussianDates {

  /** A date found in a text, with the span of text it was read from. */
  public record Found(LocalDate date, int start, int end) {}

  private static final String YEAR_WORD =
      "(?:\\s{0,2}(?:года|год)(?![а-яё])"
          // «14.05.2021 г. Великие Луки»: a «г.» before a town's name is the town's.
          + "|\\s{0,2}г\\.?+(?![а-яё])(?!\\s{0,2}(?!Об?\\s)[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?(?:\\s|$)))?";
  private static final Pattern NUMERIC = Pattern.compile(
      "(?<![\\d.])(\\d{1,2})\\s?[./]\\s?(\\d{1,2})\\s?[./]\\s?(\\d{4}|\\d{2})(?![\\d])" + YEAR_WORD,
      Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
  private static final Pattern WORDS = Pattern.compile(
      "(?<!\\d)[«\"“]?\\s?(\\d{1,2})\\s?[»\"”]?\\s*(" + monthAlternatives() + ")\\s+(\\d{4})" + YEAR_WORD,
      Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

  private static final String[] MONTH_STEMS = {
    "январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"
  };

  private RussianDates() {}

  private static String monthAlternatives() {
    return "январ[ья]|феврал[ья]|марта?|апрел[ья]|мая|май|июн[ья]|июл[ья]|августа?|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья]";
  }

  /** The month number (1–12) of a Russian month word in any case form, or 0. */
  public static int month(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.equals("май") || lower.equals("мая") || lower.equals("мае") || lower.equals("маю")) {
      return 5;
    }
    for (int i = 0; i < MONTH_STEMS.length; i++) {
      if (i != 4 && lower.startsWith(MONTH_STEMS[i])) {
        return i + 1;
      }
    }
    return 0;
  }

  /** The first date in {@code text} at or after {@code from}, or null. */
  public static Found find(String text, int from) {
    Found numeric = first(NUMERIC.matcher(text), from, true);
    Found words = first(WORDS.matcher(text), from, false);
    if (numeric == null) {
      return words;
    }
    if (words == null) {
      return numeric;
    }
    return numeric.start() <= words.start() ? numeric : words;
  }

  /** The first date in {@code text}, or null. */
  public static LocalDate first(String text) {
    Found found = find(text, 0);
    return found == null ? null : found.date();
  }

  private static Found first(Matcher matcher, int from, boolean numeric) {
    int position = from;
    while (position <= matcher.regionEnd() && matcher.find(position)) {
      try {
        int day = Integer.parseInt(matcher.group(1));
        int month = numeric ? Integer.parseInt(matcher.group(2)) : month(matcher.group(2));
        int year = Integer.parseInt(matcher.group(3));
        if (year < 100) {
          year += 2000;
        }
        return new Found(LocalDate.of(year, month, day), matcher.start(), matcher.end());
      } catch (DateTimeException | NumberFormatException notADate) {
        position = matcher.start() + 1;
      }
    }
    return null;
  }
}
