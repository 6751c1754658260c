package prikaz.parser.internal;

/** Small character tests the extractors share. Not API. */
public final class Chars {
  private Chars() {}

  /** Whether the text starts with a lower-case letter (a line that continues the one above). */
  public static boolean startsLowercase(String text) {
    return !text.isEmpty() && Character.isLowerCase(text.charAt(0));
  }

  /** Whether the text has letters and all of them capitals («ПЛАН МЕРОПРИЯТИЙ НА 2024 ГОД»). */
  public static boolean isCapitals(String text) {
    return text.chars().anyMatch(Character::isLetter) && text.equals(text.toUpperCase(java.util.Locale.ROOT));
  }

  /** How often {@code c} occurs in {@code text}. */
  public static int count(String text, char c) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}
