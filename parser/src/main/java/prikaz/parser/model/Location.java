package prikaz.parser.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in a document a {@link Warning} points: the act's heading, or a plan (counted from 1), the
 * section that tells items apart where numbering starts again in each section, and the item's
 * number. Its text is «plan 1, section II, item 2» («план 1, раздел II, пункт 2» in Russian), or
 * «header» («реквизиты»).
 *
 * @param header whether it is the act's heading (then plan, section and item are null)
 * @param plan the plan's number among the order's plans, from 1, or null for the heading
 * @param section the section's number, or null
 * @param item the item's number as written, or null for a plan as a whole
 * @param language the words of its text
 */
public record Location(boolean header, Integer plan, String section, String item, Language language) {
  /** The words of the location's text. */
  public enum Language {
    /** «plan 1, item 2». */
    ENGLISH("header", "plan", "section", "item"),
    /** «план 1, пункт 2». */
    RUSSIAN("реквизиты", "план", "раздел", "пункт");

    private final String header;
    private final String plan;
    private final String section;
    private final String item;

    Language(String header, String plan, String section, String item) {
      this.header = header;
      this.plan = plan;
      this.section = section;
      this.item = item;
    }
  }

  /** The act's heading. */
  public static final Location HEADER = new Location(true, null, null, null, Language.ENGLISH);

  private static final Pattern TEXT = Pattern.compile(
      "(?:plan|план) (\\d+)(?:, (?:section|раздел) ([^,]+))?(?:, (?:item|пункт) (.+))?");

  /**
   * A plan as a whole.
   *
   * @param plan the plan's number among the order's plans, from 1
   * @return the plan's location, in English words
   */
  public static Location plan(int plan) {
    return new Location(false, plan, null, null, Language.ENGLISH);
  }

  /**
   * An item of a plan; {@code section} only when the number alone does not tell the item.
   *
   * @param plan the plan's number among the order's plans, from 1
   * @param section the section's number, or null
   * @param item the item's number as written
   * @return the item's location, in English words
   */
  public static Location item(int plan, String section, String item) {
    return new Location(false, plan, section, item, Language.ENGLISH);
  }

  /**
   * The same place in the words of {@code language}.
   *
   * @param language the words to use
   * @return this location in those words
   */
  public Location in(Language language) {
    return new Location(header, plan, section, item, language);
  }

  /**
   * The location as the JSON model writes it.
   *
   * @return «plan 1, section II, item 2», «plan 1», «header» (or their Russian words)
   */
  public String text() {
    if (header) {
      return language.header;
    }
    StringBuilder text = new StringBuilder(language.plan).append(' ').append(plan);
    if (section != null) {
      text.append(", ").append(language.section).append(' ').append(section);
    }
    if (item != null) {
      text.append(", ").append(language.item).append(' ').append(item);
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return text();
  }

  /**
   * A location from its text in either language (as the JSON model holds it); null for null.
   *
   * @param text a location's text, or null
   * @return the location, or null
   */
  public static Location parse(String text) {
    if (text == null) {
      return null;
    }
    if (text.equals(Language.ENGLISH.header) || text.equals(Language.RUSSIAN.header)) {
      return HEADER.in(text.equals(Language.ENGLISH.header) ? Language.ENGLISH : Language.RUSSIAN);
    }
    Matcher m = TEXT.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a place in a document: " + text);
    }
    Location location = new Location(false, Integer.parseInt(m.group(1)), m.group(2), m.group(3), Language.ENGLISH);
    return text.startsWith("план") ? location.in(Language.RUSSIAN) : location;
  }
}
