package prikaz.parser.internal.grammar;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kinds of act a heading names: ПРИКАЗ, ПОСТАНОВЛЕНИЕ, РАСПОРЯЖЕНИЕ, РЕШЕНИЕ, УКАЗ, written
 * in capitals, in sentence case, or letter-spaced («П Р И К А З», «П О С Т А Н О В Л Е Н И Е»).
 * Not API.
 */
public final class ActKinds {

  /** The kind words in the nominative. */
  public static final String WORDS = "приказ|постановление|распоряжение|решение|указ";
  private static final Pattern SPACED = Pattern.compile("(?:\\p{Lu}\\s+){3,40}\\p{Lu}(?![\\p{L}])");
  private static final Pattern KIND_AT_START = Pattern.compile(
      "^(" + WORDS + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private ActKinds() {}

  /**
   * The kind words in capitals, each letter optionally followed by a space, as one alternation:
   * «ПРИКАЗ» and «П Р И К А З» alike (for patterns that look for a heading inside a longer text).
   */
  public static String capitalsMaybeSpaced() {
    StringBuilder out = new StringBuilder();
    for (String word : WORDS.split("\\|")) {
      if (out.length() > 0) {
        out.append('|');
      }
      String upper = word.toUpperCase(Locale.ROOT);
      for (int i = 0; i < upper.length(); i++) {
        out.append(upper.charAt(i)).append(i + 1 < upper.length() ? "\\s?" : "");
      }
    }
    return out.toString();
  }

  /** The text with letter-spaced words closed up: «П Р И К А З от» → «ПРИКАЗ от». */
  public static String closeUp(String text) {
    Matcher m = SPACED.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    int last = 0;
    do {
      out.append(text, last, m.start()).append(m.group().replaceAll("\\s+", ""));
      last = m.end();
    } while (m.find());
    return out.append(text.substring(last)).toString();
  }

  /** The kind (in capitals) that {@code text} begins with, or null. */
  public static String leading(String text) {
    Matcher m = KIND_AT_START.matcher(text);
    return m.find() ? m.group(1).toUpperCase(Locale.ROOT) : null;
  }

  /** The length of the kind word that {@code text} begins with, or 0. */
  public static int leadingLength(String text) {
    Matcher m = KIND_AT_START.matcher(text);
    return m.find() ? m.end() : 0;
  }
}
