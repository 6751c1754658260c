package prikaz.parser.internal.header;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import prikaz.parser.internal.grammar.ActKinds;
import prikaz.parser.internal.grammar.ActNumbers;
import prikaz.parser.internal.grammar.PersonNames;
import prikaz.parser.internal.grammar.Positions;
import prikaz.parser.internal.grammar.RussianDates;

/**
 * Puts back the line breaks of an act that a web page flattened onto one line («Решение … от … №
 * 31 "Об …"< Главная страница Зарегистрировано … Совет депутатов РЕШИЛ: 1. … 2. … Председатель
 * И.И. Сидоров»), and splits the few things that real headings glue together on one line: a place
 * and the title («г.Псков О внесении …»), a number and the next word («№ 12ПРАВИТЕЛЬСТВО»).
 */
final class FlatOpening {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  /** Lines at least this long are read as possibly flattened. */
  private static final int FLAT = 160;

  /** Where a flattened act breaks: before these. */
  private static final Pattern BREAK_BEFORE = Pattern.compile(
      "(?<=[\\s\"»“”.<>])(?<!(?:^|\\s)(?:в|во|о|об|на|и|к|с|со|по|от|за|В|ВО|О|ОБ|НА|И|К|С|СО|ПО|ОТ|ЗА)\\s)(?="
          + "(?:" + ActKinds.capitalsMaybeSpaced() + ")(?![\\p{L}])\\s+(?:от\\s|№|N\\s?\\d|\\p{Lu})"
          + "|(?:Постановление|Приказ|Распоряжение|Решение|Указ)\\s+(?:от\\s|№|N\\s?\\d|\\p{Lu})"
          + "|Зарегистрирован\\p{L}*\\s|<\\s*Главная"
          + "|(?:В\\s+соответствии|Руководствуясь|В\\s+целях|На\\s+основании|Во\\s+исполнение|Согласно|Рассмотрев|Заслушав)\\s"
          + "|\\d{1,2}\\.\\s+\\p{Lu}\\p{Ll})");
  /** The operative word of a flattened act ends a line: «… Совет депутатов РЕШИЛ: 1. …». */
  private static final Pattern BREAK_AFTER = Pattern.compile(
      "(?<=(?:ПРИКАЗЫВАЮ|ПОСТАНОВЛЯЮ|ПОСТАНОВЛЯЕТ|РЕШИЛ|РЕШИЛА|РЕШАЕТ|приказываю|постановляю|постановляет|решил|решила)\\s?:)\\s+");
  /** The signature at the end of a flattened act: «… Председатель И.И. Сидоров». */
  private static final Pattern SIGNATURE_AT_END = Pattern.compile(
      "\\s(?=" + Positions.HEAD_WORD + "[^.;:]{0,80}?\\s" + PersonNames.SIGNATURE_NAME + "\\s*$)", FLAGS);
  /** The title after the date, number or place of a flattened heading: «… N 12 г. Псков О …». */
  private static final Pattern TITLE_AFTER_META = Pattern.compile(
      "(?:\\d|[№N]\\s?\\d[\\p{L}\\d\\-/]*|(?:г|п|с|пгт|р\\.\\s?п)\\.\\s?\\p{Lu}[\\p{L}\\-]+),?\\s+(?=(?:О|Об|ОБ|О\\s)\\s?\\p{L})");
  /** A place glued to the title: «г.Псков О внесении изменений …». */
  private static final Pattern PLACE_THEN_TITLE = Pattern.compile(
      "^((?:г|гор|п|пос|пгт|с|р\\.\\s?п|сл)\\.\\s?\\p{Lu}[\\p{L}\\-]+)\\s+((?:О|Об|ОБ)\\s.*)$");
  /** A number run into the next word: «№ 12ПРАВИТЕЛЬСТВО ОБЛАСТИ». */
  private static final Pattern NUMBER_THEN_WORD = Pattern.compile("([№N]\\s?\\d+)(?=\\p{Lu}{4,}\\s)");

  /** A signature glued to the end of the last point: «… согласно приложению.Губернатор области А.А.Петров». */
  private static final Pattern GLUED_SIGNATURE = Pattern.compile(
      "(?<=[.;])\\s*(?=(?=(?-i:[А-ЯЁ]))" + Positions.HEAD_WORD + "[^.;:]{0,80}?\\s" + PersonNames.SIGNATURE_NAME + "\\s*$)",
      FLAGS);
  /** A line that starts with the date or the number. */
  private static final Pattern STARTS_WITH_META = Pattern.compile("^(?:от\\s*)?[«\"]?\\s?\\d|^[№N]\\s?\\d");
  private static final Pattern TITLE_NEXT = Pattern.compile("^\\s*(?:О|Об|ОБ|Обо)\\s+\\p{L}");

  private FlatOpening() {}

  /** The lines with flattened ones broken up; other lines as they are. */
  static List<OpeningLine> unflatten(List<OpeningLine> lines) {
    List<OpeningLine> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      OpeningLine line = lines.get(i);
      String text = line.text();
      if (i < 40 && text.length() >= FLAT && hasKindWord(text)) {
        boolean first = line.startsParagraph();
        for (String part : split(text)) {
          out.add(line.withText(part, first));
          first = true;
        }
        continue;
      }
      int metaEnd = i < 40 ? metaThenTitle(text) : -1;
      if (metaEnd > 0) {
        out.add(line.withText(text.substring(0, metaEnd).strip(), line.startsParagraph()));
        out.add(line.withText(text.substring(metaEnd).strip(), true));
        continue;
      }
      Matcher signature = GLUED_SIGNATURE.matcher(text);
      if (text.length() > 20 && mayEndWithName(text) && signature.find()) {
        out.add(line.withText(text.substring(0, signature.start()).strip(), line.startsParagraph()));
        out.add(line.withText(text.substring(signature.start()).strip(), true));
        continue;
      }
      Matcher placeTitle = PLACE_THEN_TITLE.matcher(text);
      if (i < 40 && placeTitle.matches()) {
        out.add(line.withText(placeTitle.group(1), line.startsParagraph()));
        out.add(line.withText(placeTitle.group(2), true));
        continue;
      }
      out.add(line);
    }
    return out;
  }

  /** Where the date and number end when the title follows them on the line («09.04.2010  N 61О  порядке»), or -1. */
  private static int metaThenTitle(String text) {
    if (!STARTS_WITH_META.matcher(text).find()) {
      return -1;
    }
    int end = -1;
    String head = text.substring(0, Math.min(text.length(), 90)); // the date and number open the line
    RussianDates.Found date = RussianDates.find(head, 0);
    if (date != null && date.start() < 8) {
      end = date.end();
    }
    ActNumbers.Found number = ActNumbers.find(head, 0);
    if (number != null && number.start() <= Math.max(end, 0) + 60) {
      end = Math.max(end, number.end());
    }
    return end > 0 && TITLE_NEXT.matcher(text.substring(end)).find() ? end : -1;
  }

  private static final Pattern KIND_WORD =
      Pattern.compile("(?<![\\p{L}])(?:" + ActKinds.WORDS + ")(?![\\p{L}])", FLAGS);

  private static boolean hasKindWord(String text) {
    return KIND_WORD.matcher(ActKinds.closeUp(text.substring(0, Math.min(text.length(), 400)))).find();
  }

  /** Whether the line ends with initials and a surname or a surname and initials, as a signature does. */
  private static boolean mayEndWithName(String text) {
    for (int i = Math.max(1, text.length() - 40); i < text.length(); i++) {
      if (text.charAt(i) == '.' && Character.isUpperCase(text.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  static List<String> split(String text) {
    String marked = NUMBER_THEN_WORD.matcher(text).replaceAll("$1\n");
    marked = BREAK_BEFORE.matcher(marked).replaceAll("\n");
    marked = BREAK_AFTER.matcher(marked).replaceAll("\n");
    marked = SIGNATURE_AT_END.matcher(marked).replaceFirst("\n");
    List<String> parts = new ArrayList<>();
    boolean titleSeen = false;
    for (String part : marked.split("\n")) {
      String piece = part.strip();
      if (!titleSeen && ActKinds.leading(ActKinds.closeUp(piece)) != null) {
        Matcher title = TITLE_AFTER_META.matcher(piece);
        if (title.find()) {
          parts.add(piece.substring(0, title.end()).strip());
          piece = piece.substring(title.end()).strip();
          titleSeen = true;
        }
      }
      if (!piece.isEmpty()) {
        parts.add(piece);
      }
    }
    return parts;
  }
}
