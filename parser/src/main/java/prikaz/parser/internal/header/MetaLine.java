package prikaz.parser.internal.header;

import java.time.LocalDate;
import java.util.regex.Pattern;
import prikaz.parser.internal.grammar.ActNumbers;
import prikaz.parser.internal.grammar.RussianDates;

/**
 * What a date/number/place line holds: the first date, the number, and the text left over, which
 * is the place when it reads as one («г. Тула», «Г.Тула» as a line-start capital, «р.п. Красные Баки»,
 * «сл. Родионово-Несветайская», «Псков»).
 * Blank form fields («от «___» ______ 20__ г. № ___») leave nothing over and give null fields.
 */
record MetaLine(LocalDate date, String number, String rest) {

  private static final Pattern PLACE = Pattern.compile(
      "^(?:Г\\.\\s*|(?:г|гор|п|пос|пгт|с|ст|д|дер|рп|р\\.\\s?п|сл|х|аул|ст-ца|с\\.\\s?п|город|поселок|посёлок|село|деревня|станица)\\.?\\s*)"
          + "[А-ЯЁ][\\p{L}\\-]++(?:\\s[А-ЯЁ]?[\\p{L}\\-]++)?$"
          + "|^[А-ЯЁ][а-яё]++(?:-[А-ЯЁ]?[а-яё]++){0,4}+(?:\\s[А-ЯЁ][а-яё]++)?$");
  private static final Pattern FROM = Pattern.compile("(?iu)(?<![\\p{L}])от(?![\\p{L}])");
  /** What is left of a blank form field or a year written alone: «20__ г.», «2006г.», ««___»». */
  private static final Pattern BLANKS = Pattern.compile(
      "(?iu)(?<![\\p{L}\\d])(?:19|20)[\\d_]{0,2}\\s*(?:года|год|г\\.?)?(?![\\p{L}\\d])|_+|[«»\"“”№]|(?<![\\p{L}\\d])\\d{1,2}(?![\\p{L}\\d])");

  static MetaLine of(String text) {
    if (text.length() > 240) {
      return new MetaLine(null, null, text); // a paragraph, not a heading line
    }
    String rest = text;
    LocalDate date = null;
    String number = null;
    RussianDates.Found found = RussianDates.find(rest, 0);
    if (found != null) {
      date = found.date();
      rest = rest.substring(0, found.start()) + " " + rest.substring(found.end());
    }
    ActNumbers.Found n = ActNumbers.find(rest, 0);
    if (n != null) {
      number = n.number();
      rest = rest.substring(0, n.start()) + " " + rest.substring(n.end());
    }
    rest = FROM.matcher(rest).replaceAll(" ").replaceAll("[\\s\"«»“”]+", " ").strip();
    if (!isPlace(rest)) {
      String unblanked = BLANKS.matcher(rest).replaceAll(" ").replaceAll("[\\s,.]+", " ").strip();
      if (unblanked.isEmpty() || isPlace(unblanked)) {
        rest = unblanked;
      }
    }
    return new MetaLine(date, number, rest);
  }

  /** A number written right after the kind word, without «№»: «Приказ 15К», «Распоряжение 12-р». */
  private static final Pattern BARE_NUMBER = Pattern.compile("^\\d{1,6}(?:[-/]?[\\p{L}\\d]{1,6}){0,3}$");

  /** What follows the kind word on a heading line: as {@link #of}, or a bare number. */
  static MetaLine afterKind(String rest) {
    String text = rest.strip();
    return BARE_NUMBER.matcher(text).matches() ? new MetaLine(null, text, "") : of(text);
  }

  static boolean isPlace(String text) {
    return !text.isEmpty() && PLACE.matcher(text).matches();
  }

  /** Nothing but date, number and place on the line. */
  boolean isMeta() {
    return rest.isEmpty() || isPlace(rest);
  }

  boolean hasDateOrNumber() {
    return date != null || number != null;
  }

  String place() {
    return isPlace(rest) ? rest : null;
  }
}
