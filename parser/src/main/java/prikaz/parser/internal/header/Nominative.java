package prikaz.parser.internal.header;

import java.util.regex.Pattern;

/**
 * Puts the head of an issuer phrase from the genitive or instrumental («приказом Министерства
 * образования Кузбасса») back into the nominative («Министерство образования Кузбасса»). Only the
 * head noun and a leading feminine adjective change; the dependent words stay as written.
 */
final class Nominative {
  private static final Pattern WORD = Pattern.compile("^[А-ЯЁа-яё]+$");
  private static final String CONSONANTS = "бвгджзклмнпрстфхцчшщ";

  private Nominative() {}

  static String of(String phrase) {
    String[] words = phrase.split(" ", -1);
    if (words.length == 0 || !WORD.matcher(words[0]).matches() || isAcronym(words[0])) {
      return phrase;
    }
    int head = 0;
    if (words[0].endsWith("ой") && words.length > 1 && WORD.matcher(words[1]).matches()) {
      // «Федеральной службы», «Государственной Думы»: feminine adjective before the head.
      words[0] = words[0].substring(0, words[0].length() - 2) + "ая";
      head = 1;
    } else if (words[0].endsWith("ого") || words[0].endsWith("его")) {
      return phrase; // masculine/neuter adjectives need the noun's gender; keep as written
    }
    words[head] = noun(words[head]);
    return String.join(" ", words);
  }

  private static String noun(String word) {
    if (word.endsWith("ства")) {
      return cut(word, 1) + "о";
    }
    if (word.endsWith("ния") || word.endsWith("тия")) {
      return cut(word, 1) + "е";
    }
    if (word.endsWith("ии")) {
      return cut(word, 1) + "я";
    }
    if (word.endsWith("ы") && word.length() > 3) {
      return cut(word, 1) + "а";
    }
    if (word.endsWith("а") && word.length() > 3
        && CONSONANTS.indexOf(Character.toLowerCase(word.charAt(word.length() - 2))) >= 0) {
      return cut(word, 1);
    }
    return word;
  }

  private static boolean isAcronym(String word) {
    return word.length() > 1 && word.equals(word.toUpperCase(java.util.Locale.ROOT));
  }

  private static String cut(String word, int n) {
    return word.substring(0, word.length() - n);
  }
}
