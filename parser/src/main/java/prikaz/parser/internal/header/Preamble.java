package prikaz.parser.internal.header;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the preamble keeps: a verb in the third person leaves its subject out of it. */
final class Preamble {

  /**
   * The subject of a verb in the third person, at the end of the preamble: «… администрация
   * муниципального образования город Тула ПОСТАНОВЛЯЕТ», «… Дума ЗАТО Северск РЕШИЛА».
   */
  private static final Pattern SUBJECT = Pattern.compile(
      "(?:^|(?<=[\\s,]))(?:\\p{L}+(?:ая|ое|ый|ий|ой)\\s+){0,2}(?:" + HeadingRules.BODIES
          + ")(?![\\p{L}])[^,;]{0,150}$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private Preamble() {}

  static void dropSubject(StringBuilder preamble) {
    Matcher subject = SUBJECT.matcher(preamble);
    if (subject.find()) {
      preamble.setLength(subject.start());
    }
  }
}
