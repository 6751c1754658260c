package prikaz.parser.internal.header;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A title as the heading writes it, without the quotes or brackets a database puts around it. */
final class Titles {

  private static final Pattern PLACE_IN_TEXT = Pattern.compile(
      ",\\s*((?:г|пгт|р\\.\\s?п|с|п)\\.\\s?\\p{Lu}[\\p{L}\\-]+)(?=[\\s,]|$)");

  private Titles() {}

  static String clean(String title) {
    if (title == null) {
      return null;
    }
    String t = title.replaceAll("\\s+", " ").strip();
    if (t.length() > 1 && (t.startsWith("[") && t.endsWith("]") || t.startsWith("\"") && t.endsWith("\"")
        || t.startsWith("«") && t.endsWith("»") || t.startsWith("“") && t.endsWith("“")
        || t.startsWith("“") && t.endsWith("”"))) {
      t = t.substring(1, t.length() - 1).strip();
    }
    if (t.endsWith(".") && !t.endsWith("г.") && !t.endsWith("гг.")) {
      t = t.substring(0, t.length() - 1);
    }
    return t.isEmpty() ? null : t;
  }

  /** A place written in a database's reference line: «…, г. Липецк». */
  static String placeIn(String text) {
    Matcher m = PLACE_IN_TEXT.matcher(text);
    return m.find() ? m.group(1) : null;
  }
}
