package prikaz.app.export;

import java.util.regex.Pattern;

/**
 * Text for a CSV file a spreadsheet opens by double-click. Excel and LibreOffice read each field as
 * if it were typed: «1.1.1» and «1.2.10» become dates, «Сентябрь 2022» the first of September,
 * «2022» a number, and a field starting with = + - @ a formula («- организовать …» an error).
 * Such a field is written with an invisible ZERO WIDTH SPACE (U+200B) in front: no number, date or
 * formula starts with it, so the cell stays text as written, and nothing shows on screen or paper.
 * (The apostrophe that OWASP suggests is shown literally when a CSV file is opened, on every
 * such cell.) Fields of ordinary prose are left as they are.
 */
public final class SpreadsheetText {
  /** The invisible mark. */
  public static final char MARK = '\u200B';

  private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\\t\\r]");
  private static final Pattern DIGIT = Pattern.compile("\\d");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private SpreadsheetText() {}

  /** The field as a spreadsheet should keep it: marked when it would be read as anything but text. */
  public static String keptAsText(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    if (FORMULA_START.matcher(value).find() || looksLikeANumberOrDate(value)) {
      return MARK + value;
    }
    return value;
  }

  /**
   * What a spreadsheet may read as a number or a date: digits with at most one word of letters
   * («1.2.10», «218», «Сентябрь 2022», «01.09.2022 г.», «2022-2023», «15 %»). Two words or more
   * («I квартал 2023», «artem-2020-218.docx») no spreadsheet reads as either.
   */
  private static boolean looksLikeANumberOrDate(String value) {
    return DIGIT.matcher(value).find() && WORD.matcher(value).results().limit(2).count() <= 1;
  }

  /**
   * OWASP CSV-injection guidance for files read by programs: a field starting with = + - @ tab or CR
   * gets an apostrophe in front, so a spreadsheet that opens it anyway never evaluates it.
   */
  public static String defused(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    return FORMULA_START.matcher(value).find() ? "'" + value : value;
  }
}
