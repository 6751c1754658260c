package prikaz.parser.internal.grammar;

import java.util.regex.Pattern;

/** Positions of people who sign acts or answer for plan items: «Директор», «И.о. главы». Not API. */
public final class Positions {

  /** The words a signer's position starts with. */
  public static final String HEAD_WORD =
      "(?:(?:генеральн|исполнительн|первы|первого|временно\\s+исполняющ|главн)\\p{L}*\\s+)?(?:начальник|директор|заведующ|глава|главы|министр|руководитель|председатель|заместитель"
          + "|и\\.\\s?о\\.|врио|вр\\.\\s?и\\.\\s?о\\.|исполняющ|мэр|губернатор|ректор|президент|прокурор"
          + "|главный\\s+(?:государственный|санитарный|врач)|управляющ|уполномоченн|секретарь)";

  private static final Pattern START = Pattern.compile(
      "^" + HEAD_WORD + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private Positions() {}

  /** Whether the text begins with a position word: «Глава района», «И.о. директора». */
  public static boolean startsWithPosition(String text) {
    return START.matcher(text.strip()).find();
  }
}
