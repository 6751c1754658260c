package prikaz.parser.internal.grammar;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An act's number as documents write it: «№ 58», «N 512-п», «No. 5», «N417-р», «№ _58»,
 * «№ 33 - р», «№ 02-11/318-осн.», «№ 48-Р/АДМ». A number glued to the next word is cut from it:
 * «N 61О  порядке» is 61 before the title «О порядке», «№ 7ПОСТАНОВЛЕНИЕ» is 7. Not API.
 */
public final class ActNumbers {

  /** A number found in a text, with the span it was read from (the sign included). */
  public record Found(String number, int start, int end) {}

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  /** The number sign: «№», a Latin «N» or «No» standing before a digit. */
  public static final String SIGN =
      "(?:№|(?:(?<![\\p{L}\\d])|(?<=года|г\\.))N(?=\\s?_*\\s?\\d)|(?<![\\p{L}])No\\.?(?=\\s?\\d))";
  private static final Pattern NUMBER = Pattern.compile(
      SIGN + "\\s*_*\\s*(\\d[0-9\\p{L}\\-/.]*|\\p{L}{1,3}-?\\d[0-9\\p{L}\\-/.]*)"
          + "(\\s?[-–]\\s?\\p{L}{1,4}(?=\\s*$|\\s{2,}|\\s*[,;)]|\\s+от\\s))?", FLAGS);
  /** A preposition that starts a title, glued to the number: «61О  порядке», «5Об утверждении». */
  private static final Pattern GLUED_TITLE = Pattern.compile("^(.*\\d)(О|Об)$");
  private static final Pattern LOWER_WORD_NEXT = Pattern.compile("^\\s+[а-яё]");
  /** Four or more letters right after the digits: a word the number ran into. */
  private static final Pattern GLUED_WORD = Pattern.compile("^(\\d+)(\\p{Lu}{4,}.*)$");

  private ActNumbers() {}

  /** The first act number in {@code text} at or after {@code from}, or null. */
  public static Found find(String text, int from) {
    Matcher m = NUMBER.matcher(text);
    if (!m.find(from)) {
      return null;
    }
    String number = m.group(1);
    int end = m.end(1);
    Matcher glued = GLUED_TITLE.matcher(number);
    if (glued.matches() && LOWER_WORD_NEXT.matcher(text.substring(end)).find()) {
      number = glued.group(1);
      end -= glued.group(2).length();
    } else {
      Matcher word = GLUED_WORD.matcher(number);
      if (word.matches()) {
        number = word.group(1);
        end = m.start(1) + number.length();
      } else if (m.group(2) != null) {
        number = number + "-" + m.group(2).replaceAll("^\\s?[-–]\\s?", "");
        end = m.end(2);
      }
    }
    number = number.replaceAll("[.,]+$", "");
    return new Found(number, m.start(), end);
  }

  /** The first act number in {@code text}, or null. */
  public static String first(String text) {
    Found found = find(text, 0);
    return found == null ? null : found.number();
  }
}
