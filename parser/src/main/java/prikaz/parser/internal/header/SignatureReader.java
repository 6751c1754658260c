package prikaz.parser.internal.header;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import prikaz.parser.internal.grammar.ItemNumbers;
import prikaz.parser.internal.grammar.PersonNames;
import prikaz.parser.internal.grammar.Positions;
import prikaz.parser.model.Signatory;

/**
 * The signature after the points: the first line with a person's name, with the position on the
 * same line («Министр    В.В. Иванов», «Директор ________ И.И. Петров») or on the lines above it.
 * What a scan reads into the gap between them (a scrawl, a seal's «©») is not the position's.
 */
final class SignatureReader {

  /** The signatory and the lines it spans: {@code from} (first position line) to {@code nameAt}. */
  record Found(Signatory signatory, int from, int nameAt) {}

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String NAME = PersonNames.SIGNATURE_NAME;
  private static final Pattern NAME_LINE = Pattern.compile("^(" + NAME + ")[.,;]?$");
  private static final Pattern POSITION_AND_NAME = Pattern.compile(
      "^(" + Positions.HEAD_WORD + ".*?)\\s+(" + NAME + ")[.,;]?$", FLAGS);
  /** The last line of a position written over two lines, with the name: «города Тулы   Е.В. Авилов». */
  private static final Pattern TAIL_AND_NAME = Pattern.compile("^(\\S.{0,80}?)\\s++(" + NAME + ")[.,;]?$");
  /**
   * A signature line drawn for the hand: «______________», «(подпись)»; a short one too («_», «__»:
   * OCR of a line cut short by a stamp, or typed so), since no name or position has an underscore.
   */
  private static final Pattern SIGNATURE_LINE = Pattern.compile("_+|\\(подпись\\)|/\\s*$");

  private SignatureReader() {}

  /** The signature among {@code lines} from {@code from} on, or null when there is none. */
  static Found find(List<OpeningLine> lines, int from) {
    for (int k = from; k < lines.size(); k++) {
      String text = clean(lines.get(k).text());
      if (text.isEmpty()) {
        continue;
      }
      Matcher alone = NAME_LINE.matcher(text);
      if (alone.matches()) {
        int positionFrom = k;
        while (positionFrom - 1 >= from && k - (positionFrom - 1) <= 4
            && isPositionLine(clean(lines.get(positionFrom - 1).text()))) {
          positionFrom--;
        }
        return new Found(new Signatory(Positions.withoutScrawl(join(lines, positionFrom, k)), alone.group(1)), positionFrom, k);
      }
      Matcher withPosition = POSITION_AND_NAME.matcher(text);
      if (withPosition.matches() && !ItemNumbers.NUMBERED_LINE.matcher(text).matches()) {
        return new Found(new Signatory(Positions.withoutScrawl(withPosition.group(1)), withPosition.group(2)), k, k);
      }
      Matcher tail = TAIL_AND_NAME.matcher(text);
      if (k - 1 >= from && tail.matches() && Positions.startsWithPosition(lines.get(k - 1).text())
          && isPositionLine(lines.get(k - 1).text()) && !ItemNumbers.NUMBERED_LINE.matcher(text).matches()) {
        String position = lines.get(k - 1).text() + " " + tail.group(1).strip();
        return new Found(new Signatory(Positions.withoutScrawl(position), tail.group(2)), k - 1, k);
      }
    }
    return null;
  }

  private static String clean(String line) {
    return SIGNATURE_LINE.matcher(line).replaceAll(" ").replaceAll("\\s{2,}", " ").strip();
  }

  private static String join(List<OpeningLine> lines, int from, int to) {
    if (from >= to) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (int k = from; k < to; k++) {
      String text = clean(lines.get(k).text());
      if (!text.isEmpty()) {
        parts.add(text);
      }
    }
    return parts.isEmpty() ? null : String.join(" ", parts);
  }

  private static boolean isPositionLine(String text) {
    return !text.isEmpty() && text.length() <= 120 && !ItemNumbers.NUMBERED_LINE.matcher(text).matches()
        && !text.startsWith("-") && !text.startsWith("–") && !text.endsWith(";") && !text.endsWith(":")
        && !(text.endsWith(".") && text.length() > 60);
  }
}
