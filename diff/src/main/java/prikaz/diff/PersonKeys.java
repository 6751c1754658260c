package prikaz.diff;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One key for the ways one person's name is written: initials before or after, «ё», case. */
final class PersonKeys {
  private static final Pattern INITIALS_FIRST = Pattern.compile("^((?:\\p{L}\\.\\s*){1,2})\\s*(\\p{L}[\\p{L}-]+)$");
  private static final Pattern INITIALS_LAST = Pattern.compile("^(\\p{L}[\\p{L}-]+)\\s+((?:\\p{L}\\.?\\s*){1,2})$");

  private PersonKeys() {}

  /** «О.А. Анкудинова», «Анкудинова О. А.» and «анкудинова о.а.» are one person. */
  static String of(String name) {
    String text = name.strip().replace('ё', 'е').replace('Ё', 'Е').replaceAll("[,;]+$", "").strip();
    Matcher first = INITIALS_FIRST.matcher(text);
    if (first.matches()) {
      return (first.group(2) + " " + first.group(1).replaceAll("[\\s.]", "")).toLowerCase(Locale.ROOT);
    }
    Matcher last = INITIALS_LAST.matcher(text);
    if (last.matches() && last.group(2).replaceAll("[\\s.]", "").length() <= 2) {
      return (last.group(1) + " " + last.group(2).replaceAll("[\\s.]", "")).toLowerCase(Locale.ROOT);
    }
    return Words.normalize(text);
  }
}
