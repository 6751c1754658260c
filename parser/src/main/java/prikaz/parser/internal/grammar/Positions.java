package prikaz.parser.internal.grammar;

import java.util.Arrays;
import java.util.regex.Pattern;

/** Positions of people who sign acts or answer for plan items: «Директор», «И.о. главы». Not API. */
public final class Positions {

  /** The words a signer's position starts with. */
  public static final String HEAD_WORD =
      "(?:(?:генеральн|исполнительн|первы|первого|временно\\s+исполняющ|главн)\\p{L}*\\s+)?(?:начальник|директор|заведующ\\p{L}*|глава|главы|министр|руководитель|председатель|заместитель"
          + "|временно\\s+исполняющ\\p{L}*|и\\.\\s?о\\.|врио|вр\\.\\s?и\\.\\s?о\\.|исполняющ\\p{L}*|мэр|губернатор|ректор|президент|прокурор"
          + "|главный\\s+(?:государственный|санитарный|врач)|управляющ\\p{L}*|уполномоченн\\p{L}*|секретарь)";

  private static final Pattern START = Pattern.compile(
      "^" + HEAD_WORD + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** What a position's word may hold: letters, digits, punctuation, hyphens, quotes, brackets, «№». */
  private static final Pattern WORD_CHARS = Pattern.compile("[\\p{L}\\d.,:;\\-–«»\"“”„()№]+");
  /** A run of small letters before a capital inside a word: «ШВЫлллоеКА», not «ГОиЧС» or «КемГУ». */
  private static final Pattern CASE_SWITCH = Pattern.compile("\\p{Ll}{4,}\\p{Lu}");
  /** The same small letter three times running: «ллло» (capitals may: «ООО»). */
  private static final Pattern TRIPLE = Pattern.compile("(\\p{Ll})\\1\\1");
  private static final Pattern DIGIT = Pattern.compile("\\d");

  private Positions() {}

  /**
   * The position without what a scan leaves after it on the signature line — a scrawl read as
   * letters («ШВЫлллоеКА», «ж/ЛЛ»), a seal's «©», stray digits and single letters: words are
   * dropped from the end while they cannot be words of a position. Null when nothing is left.
   */
  public static String withoutScrawl(String position) {
    if (position == null) {
      return null;
    }
    String[] words = position.strip().split("\\s+");
    int end = words.length;
    while (end > 0 && isScrawl(words, end - 1)) {
      end--;
    }
    String kept = String.join(" ", Arrays.asList(words).subList(0, end)).replaceAll("[\\s,;:\\-–—]+$", "");
    return kept.isEmpty() ? null : kept;
  }

  private static boolean isScrawl(String[] words, int i) {
    String word = words[i];
    if (!WORD_CHARS.matcher(word).matches() || CASE_SWITCH.matcher(word).find() || TRIPLE.matcher(word).find()) {
      return true;
    }
    if (DIGIT.matcher(word).find()) {
      return !word.contains("№") && !(i > 0 && words[i - 1].equals("№")); // «СОШ № 3» keeps its number
    }
    if (word.equals("№")) {
      return true;
    }
    if (word.replaceAll("[^\\p{L}]", "").length() <= 1) {
      return true; // «и», «(и», «р»: no position ends in a single letter
    }
    return word.chars().filter(c -> c == '(').count() > word.chars().filter(c -> c == ')').count(); // «(и»
  }

  /** Whether the text begins with a position word: «Глава района», «И.о. директора». */
  public static boolean startsWithPosition(String text) {
    return START.matcher(text.strip()).find();
  }
}
