package prikaz.parser.internal.deadline;

/**
 * One lexical unit of a deadline phrase. {@code start}/{@code end} index the original text, so a
 * matched phrase can be quoted as written.
 */
record Token(Type type, String text, int start, int end, int value, int month, int year) {

  enum Type {
    /** dd.mm.yyyy, dd.mm.yy or dd.mm: {@code value} day, {@code month}, {@code year} (0 if none). */
    DATE,
    /** Something written as a date that no calendar has: 31.06, 07.13.2022. */
    BAD_DATE,
    /** hh.mm that cannot be a day and month: 15.00, 19.20. */
    TIME,
    /** A four-digit year 1900–2099 in {@code value}. */
    YEAR,
    /** Any other number in {@code value}. */
    NUMBER,
    /** A month word in any case or abbreviation, or mm.yyyy («06.2023», with {@code year}); {@code value} 1–12. */
    MONTH,
    /** A Roman numeral (I–IV) in {@code value}. */
    ROMAN,
    /** A weekday in any case or abbreviation («суббота», «по средам», «пн»); {@code value} 1 (Monday) – 7. */
    WEEKDAY,
    /** An ordinal word: первый, второго, третье … in {@code value}. */
    ORDINAL,
    DASH,
    SLASH,
    COMMA,
    /** Any other word, lower-cased, without a trailing dot. */
    WORD
  }

  static Token of(Type type, String text, int start, int end, int value) {
    return new Token(type, text, start, end, value, 0, 0);
  }

  boolean is(Type t) {
    return type == t;
  }

  boolean isWord(String word) {
    return type == Type.WORD && text.equals(word);
  }

  boolean wordStarts(String prefix) {
    return type == Type.WORD && text.startsWith(prefix);
  }
}
