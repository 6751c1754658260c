package prikaz.parser.internal.grammar;

import java.util.regex.Pattern;

/**
 * People's names as acts print them: initials first («А.Б. Петров», «Т.С.СОКОЛОВА», «И.Петров»),
 * surname first («Петров А.Б.», «Петровой А. Б.»), and the full name with a patronymic
 * («Грязнова Галина Алексеевна»). Not API.
 */
public final class PersonNames {

  private static final String SURNAME = "[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?";
  private static final String CAPS_SURNAME = "[А-ЯЁ]{2,}(?:-[А-ЯЁ]{2,})?";
  /** «А.Б. Петров», «А. Б. Петров», «А.Петров», and legal databases' «А.Б. ПЕТРОВ», «Д.МЕДВЕДЕВ». */
  public static final String INITIALS_FIRST =
      "[А-ЯЁ]\\.\\s?(?:[А-ЯЁ]\\.\\s?)?(?:" + SURNAME + "|" + CAPS_SURNAME + ")";
  /** «Петров А.Б.», «Петров А. Б.», «Петров А.Б» (the last dot lost). */
  public static final String SURNAME_FIRST = SURNAME + "\\s+[А-ЯЁ]\\.\\s?(?:[А-ЯЁ]\\.?)?";
  /** «Грязнова Галина Алексеевна». */
  public static final String FULL =
      SURNAME + "\\s+[А-ЯЁ][а-яё]+\\s+[А-ЯЁ][а-яё]+(?:вич|вна|чна|ична|оглы|кызы)";
  /** Any of the written forms of a signature's name. */
  public static final String SIGNATURE_NAME =
      "(?:[А-ЯЁ]\\.\\s?[А-ЯЁ]\\.\\s?" + SURNAME + "|" + SURNAME + "\\s[А-ЯЁ]\\.\\s?[А-ЯЁ]\\."
          + "|[А-ЯЁ]\\.\\s?(?:[А-ЯЁ]\\.\\s?)?" + CAPS_SURNAME + "|[А-ЯЁ]\\.\\s?" + SURNAME + ")";

  /** Any of the three forms. */
  public static final String ANY = "(?:" + SURNAME_FIRST + "|" + INITIALS_FIRST + "|" + FULL + ")";

  private static final Pattern PERSON = Pattern.compile("^" + ANY + "$");

  private PersonNames() {}

  /** Whether the whole text is one person's name. */
  public static boolean isPerson(String text) {
    return PERSON.matcher(text.strip()).matches();
  }
}
