package prikaz.parser.internal.deadline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import prikaz.parser.internal.deadline.Token.Type;

/**
 * Splits a deadline phrase into {@link Token}s. Normalisation keeps every character in place (one
 * character in, one out): lower case, ё → е, Latin look-alikes inside Cyrillic words → Cyrillic,
 * so token offsets index the original text.
 */
final class DeadlineLexer {
  // Possessive/atomic pieces only: no nested quantifiers, so the scan is linear in the input.
  // A date may have a space on either side of its first dot («14. 02», «17 .04.2019») and before
  // a four-digit year («05.01. 2023»), but a spaced day.month is no date before a word («1. 12
  // сентября» is an item number) and «3.11. 14.00» is a date and a time.
  private static final Pattern TOKEN = Pattern.compile(
      "(?<monthyear>(?:0?[1-9]|1[0-2])\\.(?:19|20)\\d\\d(?!\\d))"
          + "|(?<date>\\d{1,2}(?:\\.\\d{1,2}|\\s?\\.\\s?\\d{1,2}(?!\\d|\\s?\\.?\\s?\\p{L}{3}))"
          + "(?:\\.\\d{2,4}|\\.\\s?(?:19|20)\\d\\d|\\.\\s?\\d\\d(?=\\s?г(?!\\p{L})))?(?!\\d))"
          + "|(?<num>\\d++)"
          + "|(?<word>[\\p{L}]++)"
          + "|(?<dash>[-‐‑‒–—―−])"
          + "|(?<slash>/)"
          + "|(?<comma>[,;])");

  private static final String LATIN = "aceopxykmthbu";
  private static final String CYRILLIC = "асеорхукмтнви";

  /** Stems of full month names (any case form starts with them). */
  private static final String[] MONTH_STEMS = {
    "январ", "феврал", "март", "апрел", null, "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"
  };
  /** Whole words: May's forms and the usual abbreviations. */
  private static final String[][] MONTH_WORDS = {
    {"янв"}, {"фев", "февр"}, {"мар"}, {"апр"}, {"май", "мая", "мае", "маю"}, {}, {}, {"авг"},
    {"сен", "сент", "сентяб"}, {"окт"}, {"ноя", "нояб"}, {"дек"}
  };
  /** Weekdays, Monday first: stems, and the whole words that are too short or too common to be stems. */
  private static final String[] WEEKDAY_STEMS = {"понедельн", "вторник", null, "четверг", "пятниц", "суббот", "воскресен"};
  private static final String[][] WEEKDAY_WORDS = {
    {"пн"}, {"вт"}, {"среда", "среду", "среды", "среде", "средам", "ср"}, {"чт"}, {"пт"}, {"сб"}, {"вс"}
  };
  private static final String[][] ORDINALS = {
    {"перв"}, {"втор"}, {"трет"}, {"четверт", "четвёрт"}
  };

  /** The ordinal value of «последний» in any form. */
  static final int LAST = 9;

  private DeadlineLexer() {}

  static String normalize(String text) {
    char[] chars = text.toLowerCase(Locale.ROOT).toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c == 'ё') {
        chars[i] = 'е';
      } else if (Character.isWhitespace(c) || c == '\u00A0') {
        chars[i] = ' ';
      }
    }
    // Latin look-alikes only inside words that also hold Cyrillic letters: «Cентябрь», «мaй».
    int i = 0;
    while (i < chars.length) {
      if (!Character.isLetter(chars[i])) {
        i++;
        continue;
      }
      int end = i;
      boolean cyrillic = false;
      while (end < chars.length && Character.isLetter(chars[end])) {
        cyrillic |= Character.UnicodeBlock.of(chars[end]) == Character.UnicodeBlock.CYRILLIC;
        end++;
      }
      if (cyrillic) {
        for (int k = i; k < end; k++) {
          int latin = LATIN.indexOf(chars[k]);
          if (latin >= 0) {
            chars[k] = CYRILLIC.charAt(latin);
          }
        }
      }
      i = end;
    }
    return new String(chars);
  }

  static List<Token> tokenize(String original) {
    String text = normalize(original);
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      String piece = m.group();
      if (m.group("monthyear") != null) {
        int dot = piece.indexOf('.');
        tokens.add(new Token(Type.MONTH, piece, start, end, Integer.parseInt(piece.substring(0, dot)), 0,
            Integer.parseInt(piece.substring(dot + 1))));
      } else if (m.group("date") != null) {
        tokens.add(date(piece, start, end));
      } else if (m.group("num") != null) {
        tokens.add(number(piece, start, end));
      } else if (m.group("word") != null) {
        tokens.add(word(piece, start, end));
      } else if (m.group("dash") != null) {
        tokens.add(Token.of(Type.DASH, piece, start, end, 0));
      } else if (m.group("slash") != null) {
        tokens.add(Token.of(Type.SLASH, piece, start, end, 0));
      } else {
        tokens.add(Token.of(Type.COMMA, piece, start, end, 0));
      }
    }
    return tokens;
  }

  /**
   * A date token; an impossible one (31.06, 07.13.2022) is {@code BAD_DATE}, and hh.mm that cannot
   * be a date (15.00, 19.20) is a {@code TIME}.
   */
  private static Token date(String piece, int start, int end) {
    String[] parts = piece.replace(" ", "").split("\\.");
    int day = Integer.parseInt(parts[0]);
    int month = Integer.parseInt(parts[1]);
    int year = 0;
    if (parts.length > 2) {
      if (parts[2].length() == 3) {
        return Token.of(Type.WORD, piece, start, end, 0); // not a date
      }
      year = Integer.parseInt(parts[2]) + (parts[2].length() == 2 ? 2000 : 0);
    }
    if (day < 1 || day > 31) {
      return Token.of(year == 0 && day <= 24 && month <= 59 ? Type.TIME : Type.WORD, piece, start, end, 0);
    }
    if (month < 1 || month > 12) {
      return Token.of(year == 0 && day <= 24 && month <= 59 ? Type.TIME : Type.BAD_DATE, piece, start, end, 0);
    }
    int length = year == 0 ? java.time.Month.of(month).maxLength() : java.time.YearMonth.of(year, month).lengthOfMonth();
    if (day > length) {
      return Token.of(Type.BAD_DATE, piece, start, end, 0); // 31.06, 29.02.2023
    }
    return new Token(Type.DATE, piece, start, end, day, month, year);
  }

  private static Token number(String piece, int start, int end) {
    if (piece.length() > 9) {
      return Token.of(Type.NUMBER, piece, start, end, -1);
    }
    int value = Integer.parseInt(piece);
    if (piece.length() == 4 && value >= 1900 && value <= 2099) {
      return Token.of(Type.YEAR, piece, start, end, value);
    }
    return Token.of(Type.NUMBER, piece, start, end, value);
  }

  private static Token word(String piece, int start, int end) {
    int roman = roman(piece);
    if (roman > 0) {
      return Token.of(Type.ROMAN, piece, start, end, roman);
    }
    for (int m = 0; m < 12; m++) {
      if (MONTH_STEMS[m] != null && piece.startsWith(MONTH_STEMS[m])) {
        return Token.of(Type.MONTH, piece, start, end, m + 1);
      }
      for (String word : MONTH_WORDS[m]) {
        if (piece.equals(word)) {
          return Token.of(Type.MONTH, piece, start, end, m + 1);
        }
      }
    }
    for (int d = 0; d < 7; d++) {
      if (WEEKDAY_STEMS[d] != null && piece.startsWith(WEEKDAY_STEMS[d])) {
        return Token.of(Type.WEEKDAY, piece, start, end, d + 1);
      }
      for (String word : WEEKDAY_WORDS[d]) {
        if (piece.equals(word)) {
          return Token.of(Type.WEEKDAY, piece, start, end, d + 1);
        }
      }
    }
    if (piece.startsWith("последн")) {
      return Token.of(Type.ORDINAL, piece, start, end, LAST);
    }
    for (int o = 0; o < ORDINALS.length; o++) {
      for (String stem : ORDINALS[o]) {
        if (piece.startsWith(stem) && !piece.startsWith("четверть") && !piece.startsWith("четверти")) {
          return Token.of(Type.ORDINAL, piece, start, end, o + 1);
        }
      }
    }
    return Token.of(Type.WORD, piece, start, end, 0);
  }

  /** 1 winter … 4 autumn for a season noun in any case, else 0. */
  static int seasonNoun(String w) {
    return switch (w) {
      case "зима", "зимы", "зиму", "зиме", "зимой" -> 1;
      case "весна", "весны", "весну", "весне", "весной" -> 2;
      case "лето", "лета", "лету", "летом" -> 3;
      case "осень", "осени", "осенью" -> 4;
      default -> 0;
    };
  }

  /** 1 winter … 4 autumn for a season adjective («зимних», «летний»), else 0. */
  static int seasonAdjective(String w) {
    return w.startsWith("зимн") ? 1 : w.startsWith("весенн") ? 2 : w.startsWith("летн") ? 3 : w.startsWith("осенн") ? 4 : 0;
  }

  /** I–IV written with Latin letters (quarters, half-years), else 0. */
  private static int roman(String piece) {
    return switch (piece) {
      case "i" -> 1;
      case "ii" -> 2;
      case "iii" -> 3;
      case "iv" -> 4;
      default -> 0;
    };
  }
}
