package prikaz.parser.internal.read;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;

/**
 * The levels of one Word list ({@code w:num} over its {@code w:abstractNum}): where each level
 * starts, its number format and its label pattern such as {@code %1.%2.}.
 */
final class NumberingLevels {
  private static final String RUSSIAN_LOWER = "абвгдежзиклмнопрстуфхцчшщэюя";

  private final int[] start = new int[9];
  private final String[] format = new String[9];
  private final String[] text = new String[9];

  private NumberingLevels() {
    java.util.Arrays.fill(start, 1);
    java.util.Arrays.fill(format, "decimal");
  }

  /** The levels of list {@code numId}, or null when the document does not define it. */
  static NumberingLevels of(XWPFNumbering numbering, BigInteger numId) {
    XWPFNum num = numbering.getNum(numId);
    if (num == null || num.getCTNum().getAbstractNumId() == null) {
      return null;
    }
    XWPFAbstractNum abstractNum = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
    if (abstractNum == null) {
      return null;
    }
    NumberingLevels levels = new NumberingLevels();
    for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
      levels.read(lvl);
    }
    for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
      int level = level(override.getIlvl());
      if (override.isSetLvl()) {
        levels.read(override.getLvl());
      }
      if (override.isSetStartOverride() && override.getStartOverride().getVal() != null) {
        levels.start[level] = override.getStartOverride().getVal().intValue();
      }
    }
    return levels;
  }

  private void read(CTLvl lvl) {
    int level = level(lvl.getIlvl());
    if (lvl.isSetStart() && lvl.getStart().getVal() != null) {
      start[level] = lvl.getStart().getVal().intValue();
    }
    if (lvl.isSetNumFmt() && lvl.getNumFmt().getVal() != null) {
      format[level] = lvl.getNumFmt().getVal().toString();
    }
    if (lvl.isSetLvlText()) {
      text[level] = lvl.getLvlText().getVal();
    }
  }

  private static int level(BigInteger ilvl) {
    return ilvl == null ? 0 : Math.max(0, Math.min(8, ilvl.intValue()));
  }

  int start(int level) {
    return start[level];
  }

  /** The label shown at {@code level} for the current counters, followed by a space; "" for none. */
  String render(int level, int[] counters) {
    if (format[level].equals("none")) {
      return "";
    }
    if (format[level].equals("bullet")) {
      return "- ";
    }
    String pattern = text[level] == null ? "%" + (level + 1) + "." : text[level];
    StringBuilder label = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '%' && i + 1 < pattern.length() && pattern.charAt(i + 1) >= '1' && pattern.charAt(i + 1) <= '9') {
        int l = pattern.charAt(i + 1) - '1';
        label.append(number(Math.max(counters[l], 0), format[l]));
        i++;
      } else {
        label.append(c);
      }
    }
    String shown = label.toString().strip();
    return shown.isEmpty() ? "" : shown + " ";
  }

  static String number(int value, String format) {
    return switch (format) {
      case "lowerLetter" -> letters(value, "abcdefghijklmnopqrstuvwxyz");
      case "upperLetter" -> letters(value, "abcdefghijklmnopqrstuvwxyz").toUpperCase(java.util.Locale.ROOT);
      case "russianLower" -> letters(value, RUSSIAN_LOWER);
      case "russianUpper" -> letters(value, RUSSIAN_LOWER).toUpperCase(java.util.Locale.ROOT);
      case "lowerRoman" -> roman(value).toLowerCase(java.util.Locale.ROOT);
      case "upperRoman" -> roman(value);
      case "decimalZero" -> value < 10 ? "0" + value : Integer.toString(value);
      case "none" -> "";
      default -> Integer.toString(value);
    };
  }

  /** a, b, … z, aa, bb … as Word counts letters. */
  private static String letters(int value, String alphabet) {
    if (value < 1) {
      return "";
    }
    int n = alphabet.length();
    char letter = alphabet.charAt((value - 1) % n);
    return String.valueOf(letter).repeat((value - 1) / n + 1);
  }

  private static String roman(int value) {
    if (value < 1 || value > 3999) {
      return Integer.toString(value);
    }
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder out = new StringBuilder();
    int rest = value;
    for (int i = 0; i < values.length; i++) {
      while (rest >= values[i]) {
        out.append(symbols[i]);
        rest -= values[i];
      }
    }
    return out.toString();
  }
}
