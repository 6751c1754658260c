package prikaz.parser.internal.grammar;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers of points and items: dotted («1.», «1.2.», «2.1.3»), with a bracket («1)»), and the
 * test that one number can follow another («1.2» → «1.2.1», «1.3» or «2»). Not API.
 */
public final class ItemNumbers {

  /** A numbered line: group 1 the number, group 2 the text after it. */
  public static final Pattern NUMBERED_LINE =
      Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,6})(?:\\.\\s*|\\)\\s*|\\s+)(?=\\S)(.*)$");

  private ItemNumbers() {}

  /** The line's number and text, or null when it does not start with a number. */
  public static Matcher numbered(String line) {
    Matcher m = NUMBERED_LINE.matcher(line);
    return m.matches() ? m : null;
  }

  /** Whether the line starts a first point: «1.», «1)», «1 ». */
  public static boolean startsWithOne(String text) {
    return text.startsWith("1.") || text.startsWith("1)") || text.startsWith("1 ");
  }

  /** «1.2» may be followed by «1.2.1», «1.3» or «2» — the next number at some level. */
  public static boolean isNext(String current, String candidate) {
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
}
