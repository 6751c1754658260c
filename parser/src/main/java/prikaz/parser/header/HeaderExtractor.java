package prikaz.parser.header;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import prikaz.parser.DocumentException;
import prikaz.parser.deadline.DeadlineContext;
import prikaz.parser.deadline.DeadlineParser;
import prikaz.parser.internal.Chars;
import prikaz.parser.internal.RussianDates;
import prikaz.parser.model.Deadline;
import prikaz.parser.model.Header;
import prikaz.parser.model.Point;
import prikaz.parser.model.Signatory;

/**
 * The order's header from its text lines: issuer block, act type, date, number, place, title,
 * preamble with its references, operative points and signatory.
 */
public final class HeaderExtractor {

  /** A text line of the document; {@code block} is its index in the layout. */
  public record Line(String text, int block, boolean startsParagraph) {}

  /** The header and the index of the first layout block after it. */
  public record Result(Header header, int endBlock) {}

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern DOC_TYPE = Pattern.compile(
      "^(приказ|постановление|распоряжение|решение)(?:\\s*(?=[№N]\\s?\\d|от\\s|\\d)(.*))?$", FLAGS);
  private static final Pattern SPACED = Pattern.compile("^(?:[А-ЯЁ]\\s+){3,}[А-ЯЁ]$");
  private static final Pattern NUMBER = Pattern.compile(
      "(?:№|(?<![\\p{L}])N(?=\\s?\\d)|(?<![\\p{L}])No\\.?(?=\\s?\\d))\\s*([0-9\\p{L}][0-9\\p{L}\\-/.]*)", FLAGS);
  private static final Pattern PLACE = Pattern.compile(
      "^(?:г|гор|п|пос|пгт|с|ст|д|рп|х|аул|ст-ца|город|поселок|посёлок|село)\\.?\\s*[А-ЯЁ][\\p{L}\\-]+(?:[\\s\\-][А-ЯЁ]?[\\p{L}\\-]+)?$"
          + "|^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)*(?:\\s[А-ЯЁ][а-яё]+)?$");
  private static final Pattern TITLE_START = Pattern.compile("^(?:о|об|обо|по|про)\\s", FLAGS);
  private static final Pattern OPERATIVE = Pattern.compile(
      "(?:^|[\\s,])(приказываю|постановляю|постановляет|постановил|постановила|обязываю|решил|решила|решило|предлагаю|распоряжаюсь"
          + "|п\\s?р\\s?и\\s?к\\s?а\\s?з\\s?ы\\s?в\\s?а\\s?ю)\\s*[:.]?\\s*$", FLAGS);
  private static final Pattern POINT = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})*)(?:\\.\\s*|\\)\\s*|\\s+)(?=\\S)(.*)$");
  private static final String NAME =
      "(?:[А-ЯЁ]\\.\\s?[А-ЯЁ]\\.\\s?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
          + "|[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\\s[А-ЯЁ]\\.\\s?[А-ЯЁ]\\."
          // Legal databases print the surname in capitals: «Д.МЕДВЕДЕВ», «А.Г. КУЗНЕЦОВА».
          + "|[А-ЯЁ]\\.\\s?(?:[А-ЯЁ]\\.\\s?)?[А-ЯЁ]{2,}(?:-[А-ЯЁ]{2,})?)";
  private static final Pattern NAME_LINE = Pattern.compile("^(" + NAME + ")[.,;]?$");
  private static final String POSITION_WORD =
      "(?:начальник|директор|заведующ|глава|министр|руководитель|председатель|заместитель|и\\.\\s?о\\.|врио|исполняющ|мэр|губернатор|ректор)";
  private static final Pattern POSITION_AND_NAME = Pattern.compile(
      "^(" + POSITION_WORD + ".*?)\\s+(" + NAME + ")[.,;]?$", FLAGS);
  private static final Pattern POSITION_START = Pattern.compile("^" + POSITION_WORD + "(?![\\p{L}])", FLAGS);
  /** The last line of a position written over two lines, with the name: «города Тулы   Е.В. Авилов». */
  private static final Pattern TAIL_AND_NAME = Pattern.compile("^(\\S.{0,80}?)\\s+(" + NAME + ")[.,;]?$");
  /**
   * The subject of a verb in the third person, at the end of the preamble: «… администрация
   * муниципального образования город Тула ПОСТАНОВЛЯЕТ», «… Дума ЗАТО Северск РЕШИЛА».
   */
  private static final Pattern SUBJECT = Pattern.compile(
      "(?:^|(?<=[\\s,]))(?:\\p{L}+(?:ая|ое|ый|ий|ой)\\s+){0,2}(?:администрация|дума|совет|правительство|собрание"
          + "|коллегия|комиссия|мэрия|президиум|управа|совет\\s+депутатов)(?![\\p{L}])[^,;]{0,150}$", FLAGS);
  private static final Pattern THIRD_PERSON = Pattern.compile("постановляет|решил[аио]?$|постановил[аио]?$", FLAGS);
  private static final Pattern DETAILS = Pattern.compile(
      "(?:^|\\s)(?:\\d{6}|ул\\.|улица|пр-т|проспект|д\\.\\s?\\d|тел|т\\.\\s?\\d|факс|e-?mail|инн|огрн|кпп|окпо|р/с|http|www\\.)"
          + "|@", FLAGS);
  private static final Pattern POINT_DEADLINE = Pattern.compile(
      "(?:(?:в\\s+)?срок(?:и)?(?:\\s+исполнения)?\\s*[:\\-–]?\\s*|(?<=\\()\\s*)"
          + "(" + DeadlineParser.DUE_IN_TEXT + ")", FLAGS);

  private HeaderExtractor() {}

  public static Result extract(List<Line> lines) throws DocumentException {
    int typeAt = -1;
    String docType = null;
    String afterType = "";
    for (int i = 0; i < Math.min(lines.size(), 60) && typeAt < 0; i++) {
      String text = lines.get(i).text();
      String squeezed = SPACED.matcher(text).matches() ? text.replace(" ", "") : text;
      Matcher m = DOC_TYPE.matcher(squeezed);
      if (m.matches()) {
        typeAt = i;
        docType = m.group(1).toUpperCase(Locale.ROOT);
        afterType = m.group(2) == null ? "" : m.group(2);
      }
    }
    if (typeAt < 0) {
      throw new DocumentException(DocumentException.Reason.NOT_AN_ORDER, "no ПРИКАЗ heading found");
    }

    List<String> issuerLines = new ArrayList<>();
    List<String> details = new ArrayList<>();
    for (int i = 0; i < typeAt; i++) {
      String text = lines.get(i).text();
      if (DETAILS.matcher(text).find()) {
        details.add(text);
      } else if (text.length() > 2 || Character.isUpperCase(text.charAt(0)) && text.length() > 1) {
        issuerLines.add(text); // a stray «и» between issuer lines is dropped
      }
    }

    // Date, number and place: the short lines between the act type and the title.
    LocalDate date = null;
    String number = null;
    String place = null;
    int i = typeAt;
    String pending = afterType;
    while (true) {
      if (!pending.isBlank()) {
        MetaLine meta = MetaLine.of(pending);
        date = date == null ? meta.date() : date;
        number = number == null ? meta.number() : number;
        if (place == null && meta.isPlace()) {
          place = meta.rest();
        }
      }
      i++;
      if (i >= lines.size()) {
        break;
      }
      String next = lines.get(i).text();
      if (!isMetaLine(next)) {
        break;
      }
      pending = next;
    }

    // Title: the paragraph that starts after the meta lines.
    int titleStart = i;
    int titleEnd = titleStart;
    StringBuilder title = new StringBuilder();
    if (titleStart < lines.size() && !isOperative(lines.get(titleStart).text())
        && !isBasisStart(lines.get(titleStart).text())
        && !(POINT.matcher(lines.get(titleStart).text()).matches() && startsWithOne(lines.get(titleStart).text()))) {
      title.append(lines.get(titleStart).text());
      titleEnd = titleStart + 1;
      while (titleEnd < lines.size()
          && (!lines.get(titleEnd).startsParagraph() || Chars.startsLowercase(lines.get(titleEnd).text()))
          && !isOperative(lines.get(titleEnd).text())
          // «В соответствии с …» on the next line of the same paragraph begins the preamble.
          && !(isBasisStart(lines.get(titleEnd).text()) && !Chars.startsLowercase(lines.get(titleEnd).text()))) {
        title.append(' ').append(lines.get(titleEnd).text());
        titleEnd++;
      }
    }

    // Preamble up to the operative word.
    int verbAt = -1;
    StringBuilder preamble = new StringBuilder();
    for (int k = titleEnd; k < lines.size(); k++) {
      String text = lines.get(k).text();
      Matcher verb = OPERATIVE.matcher(text);
      if (verb.find()) {
        verbAt = k;
        String before = text.substring(0, verb.start()).strip();
        appendLine(preamble, before, lines.get(k).startsParagraph());
        if (THIRD_PERSON.matcher(verb.group(1)).find()) {
          Matcher subject = SUBJECT.matcher(preamble);
          if (subject.find()) {
            preamble.setLength(subject.start());
          }
        }
        break;
      }
      if (POINT.matcher(text).matches() && lines.get(k).startsParagraph() && startsWithOne(text)) {
        break; // no operative word: the points begin directly
      }
      appendLine(preamble, text, lines.get(k).startsParagraph());
    }
    int pointsFrom;
    if (verbAt >= 0) {
      pointsFrom = verbAt + 1;
    } else {
      pointsFrom = titleEnd;
      while (pointsFrom < lines.size() && !(POINT.matcher(lines.get(pointsFrom).text()).matches()
          && startsWithOne(lines.get(pointsFrom).text()))) {
        pointsFrom++;
      }
      if (pointsFrom >= lines.size()) {
        pointsFrom = lines.size();
      }
    }

    // Signatory: the first name line after the points, with the position lines above it.
    int nameAt = -1;
    String name = null;
    String positionOnLine = null;
    int positionLines = 0; // lines above the name line that the position on it began on
    for (int k = pointsFrom; k < lines.size(); k++) {
      String text = lines.get(k).text();
      Matcher alone = NAME_LINE.matcher(text);
      if (alone.matches()) {
        nameAt = k;
        name = alone.group(1);
        break;
      }
      Matcher withPosition = POSITION_AND_NAME.matcher(text);
      if (withPosition.matches()) {
        nameAt = k;
        name = withPosition.group(2);
        positionOnLine = withPosition.group(1).strip();
        break;
      }
      Matcher tail = TAIL_AND_NAME.matcher(text);
      if (k - 1 >= pointsFrom && tail.matches() && POSITION_START.matcher(lines.get(k - 1).text()).find()
          && isPositionLine(lines.get(k - 1).text()) && !POINT.matcher(text).matches()) {
        nameAt = k;
        name = tail.group(2);
        positionOnLine = lines.get(k - 1).text() + " " + tail.group(1).strip();
        positionLines = 1;
        break;
      }
    }
    int positionFrom = nameAt;
    if (nameAt >= 0 && positionOnLine == null) {
      while (positionFrom - 1 >= pointsFrom && nameAt - (positionFrom - 1) <= 4
          && isPositionLine(lines.get(positionFrom - 1).text())) {
        positionFrom--;
      }
    }
    int pointsTo = nameAt >= 0 ? (positionOnLine != null ? nameAt - positionLines : positionFrom) : lines.size();
    Signatory signatory = null;
    if (nameAt >= 0) {
      String position = positionOnLine;
      if (position == null && positionFrom < nameAt) {
        List<String> parts = new ArrayList<>();
        for (int k = positionFrom; k < nameAt; k++) {
          parts.add(lines.get(k).text());
        }
        position = String.join(" ", parts);
      }
      signatory = new Signatory(position, name);
    }

    String titleText = title.length() == 0 ? null : title.toString().strip();
    DeadlineContext context = new DeadlineContext(DeadlineParser.findPeriod(titleText), date);
    List<Point> points = points(
        lines.subList(Math.min(pointsFrom, lines.size()), Math.max(pointsFrom, pointsTo)), context);
    String preambleText = preamble.toString().strip();
    Header header = new Header(
        issuerLines.isEmpty() ? null : String.join(" ", issuerLines),
        details,
        docType,
        date,
        number,
        place,
        titleText,
        preambleText.isEmpty() ? null : preambleText,
        ReferenceExtractor.extract(preambleText),
        points,
        signatory);
    int lastUsed = nameAt >= 0 ? nameAt : Math.max(pointsTo, pointsFrom) - 1;
    int endBlock = lastUsed >= 0 && lastUsed < lines.size() ? lines.get(lastUsed).block() + 1 : 0;
    return new Result(header, endBlock);
  }

  private static boolean startsWithOne(String text) {
    return text.startsWith("1.") || text.startsWith("1)") || text.startsWith("1 ");
  }

  private static void appendLine(StringBuilder text, String line, boolean newParagraph) {
    if (line.isEmpty()) {
      return;
    }
    if (text.length() > 0) {
      text.append(newParagraph ? "\n" : " ");
    }
    text.append(line);
  }

  private static boolean isOperative(String text) {
    return OPERATIVE.matcher(text).find() && text.length() < 40;
  }

  private static boolean isBasisStart(String text) {
    return text.matches("(?iu)^(в соответствии|на основании|руководствуясь|в целях|согласно|во исполнение).*");
  }

  /** A short line that only carries the date, the number or the place. */
  private static boolean isMetaLine(String text) {
    if (text.length() > 80 || TITLE_START.matcher(text).find() && text.length() > 12) {
      return false;
    }
    MetaLine meta = MetaLine.of(text);
    return meta.rest().isEmpty() || meta.isPlace();
  }

  /** What a date/number/place line holds: the first date, the number and the text left over. */
  private record MetaLine(LocalDate date, String number, String rest) {
    static MetaLine of(String text) {
      String rest = text;
      LocalDate date = null;
      String number = null;
      RussianDates.Found found = RussianDates.find(rest, 0);
      if (found != null) {
        date = found.date();
        rest = rest.substring(0, found.start()) + " " + rest.substring(found.end());
      }
      Matcher n = NUMBER.matcher(rest);
      if (n.find()) {
        number = n.group(1).replaceAll("[.,]+$", "");
        rest = rest.substring(0, n.start()) + " " + rest.substring(n.end());
      }
      rest = rest.replaceAll("(?iu)(?<![\\p{L}])от(?![\\p{L}])", " ").replaceAll("[\\s\"«»“”]+", " ").strip();
      return new MetaLine(date, number, rest);
    }

    boolean isPlace() {
      return !rest.isEmpty() && PLACE.matcher(rest).matches();
    }
  }

  private static boolean isPositionLine(String text) {
    return text.length() <= 120 && !POINT.matcher(text).matches() && !text.startsWith("-")
        && !text.startsWith("–") && !text.endsWith(";") && !text.endsWith(":")
        && !(text.endsWith(".") && text.length() > 60);
  }

  private static List<Point> points(List<Line> lines, DeadlineContext context) {
    List<PointDraft> roots = new ArrayList<>();
    List<PointDraft> all = new ArrayList<>();
    PointDraft current = null;
    for (Line line : lines) {
      String text = line.text();
      Matcher m = POINT.matcher(text);
      if (m.matches() && (current == null || line.startsParagraph() || isNextNumber(current.number, m.group(1)))) {
        PointDraft draft = new PointDraft(m.group(1), m.group(2));
        PointDraft parent = parentOf(all, draft.number);
        if (parent != null) {
          parent.children.add(draft);
        } else {
          roots.add(draft);
        }
        all.add(draft);
        current = draft;
      } else if (current == null) {
        // An unnumbered point («Утвердить …» in a short распоряжение).
        current = new PointDraft(null, text);
        roots.add(current);
        all.add(current);
      } else {
        boolean listLine = text.startsWith("-") || text.startsWith("–") || text.startsWith("—") || text.startsWith("•");
        boolean wrapped = !listLine && !line.startsParagraph() && Chars.startsLowercase(text);
        current.text.append(wrapped ? " " : "\n").append(text);
      }
    }
    List<Point> points = new ArrayList<>();
    for (PointDraft root : roots) {
      points.add(root.build(context));
    }
    return points;
  }

  /** «1.2» may be followed by «1.2.1», «1.3» or «2» — the next number at some level. */
  private static boolean isNextNumber(String current, String candidate) {
    if (current == null) {
      return false;
    }
    if (candidate.equals(current + ".1")) {
      return true;
    }
    String[] parts = current.split("\\.");
    StringBuilder prefix = new StringBuilder();
    for (String part : parts) {
      String next = prefix + Integer.toString(Integer.parseInt(part) + 1);
      if (candidate.equals(next)) {
        return true;
      }
      prefix.append(part).append('.');
    }
    return false;
  }

  private static PointDraft parentOf(List<PointDraft> all, String number) {
    if (number == null) {
      return null;
    }
    for (int k = all.size() - 1; k >= 0; k--) {
      PointDraft candidate = all.get(k);
      if (candidate.number != null && number.startsWith(candidate.number + ".")) {
        return candidate;
      }
    }
    return null;
  }

  private static final class PointDraft {
    final String number;
    final StringBuilder text;
    final List<PointDraft> children = new ArrayList<>();

    PointDraft(String number, String text) {
      this.number = number;
      this.text = new StringBuilder(text);
    }

    Point build(DeadlineContext context) {
      List<Point> subpoints = new ArrayList<>();
      for (PointDraft child : children) {
        subpoints.add(child.build(context));
      }
      String body = text.toString().strip();
      Matcher deadline = POINT_DEADLINE.matcher(body);
      Deadline due = deadline.find() ? DeadlineParser.parse(deadline.group(1).strip(), context) : null;
      return new Point(number, body, due, subpoints);
    }
  }
}
