package prikaz.parser.internal.plan;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import prikaz.parser.model.Field;

/**
 * Whether short texts read as the header cells of a plan table when nothing but their words says
 * so (a table copied from a web page or a PDF viewer as lines or paragraphs): a header cell names a
 * column role ({@link Field}) or one of the columns plans print beside them («Место
 * проведения», «Примечание», «Форма работы», «Отм. о вып.»).
 */
final class HeaderWords {
  /** First words of columns without a role that plans print. */
  private static final List<String> OTHER_COLUMNS = List.of("место", "примечан", "отм", "форм", "групп", "категор",
      "объем", "объём", "затрат", "стоимост", "источник", "показател", "связь", "где", "описан", "корректировк",
      "приоритет", "адрес", "статус", "финансир", "сумм", "отметк", "возраст", "аудитор", "кол");
  private static final Pattern FIRST_WORD = Pattern.compile("[\\p{L}№]+");
  private static final int MAX_WORDS = 14;

  private HeaderWords() {}

  /** A header cell: a role's header, or a short text whose first word names a plan column. */
  static boolean isHeaderCell(String text) {
    String clean = text.replace('\n', ' ').strip();
    if (clean.isEmpty() || clean.length() > 120 || clean.indexOf('|') >= 0 || Character.isDigit(clean.charAt(0)) || Character.isLowerCase(clean.charAt(0))) {
      return false;
    }
    if (FieldWords.of(clean) != null) {
      return true;
    }
    if (clean.split("\\s+").length > MAX_WORDS || clean.endsWith(".") && !clean.matches("(?s).*(?<!\\p{L})\\p{L}{1,4}\\.$")) {
      return false;
    }
    Matcher m = FIRST_WORD.matcher(clean.toLowerCase(Locale.ROOT).replace('ё', 'е'));
    if (!m.find()) {
      return false;
    }
    String first = m.group();
    return OTHER_COLUMNS.stream().anyMatch(first::startsWith) || FieldWords.of(first) != null;
  }

  /** The roles a row of header cells names; a plan header names the activity and one more, or three. */
  static boolean isPlanHeader(List<String> cells) {
    Set<Field> roles = EnumSet.noneOf(Field.class);
    for (String cell : cells) {
      Field role = FieldWords.of(cell);
      if (role != null) {
        roles.add(role);
      }
    }
    return roles.contains(Field.ACTIVITY) && roles.size() >= 2 || roles.size() >= 3;
  }
}
