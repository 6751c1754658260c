package prikaz.parser.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import prikaz.parser.OrderParser;

/**
 * No regular expression of the parser has the nested-quantifier shape that backtracks without end
 * on a long line ({@code (a+)+}, {@code (\s*\w+)*}): every static {@link Pattern} of every parser
 * class (single, in a list or a map) is read by reflection and checked; a new one of that shape
 * fails here. The allowed ones below were each shown linear, with the reason.
 */
class LinearPatternsTest {

  /**
   * Patterns whose repeated group was reviewed and kept, with why it cannot backtrack
   * catastrophically; {@link #everyPatternScansHostileTextInLinearTime} holds them to it.
   */
  private static final Map<String, String> ALLOWED = Map.of(
      "CellKinds.DEADLINE_PHRASE", "each round needs a date, month or year token; the spaces and commas before it"
          + " are taken possessively, and its inner repetitions are split by digits, dots or a month stem",
      "FlatRows.COLUMN_NUMBERS", "each round is spaces then digits, two classes that share no character,"
          + " so a run splits into rounds one way only",
      "NoteRules.RUBRIC", "each round needs a comma or «и» between its optional spaces and then a whole word");

  /** Every static Pattern of the parser's classes, by «Class.FIELD». */
  static Map<String, Pattern> patterns() throws Exception {
    Path classes = Path.of(OrderParser.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Map<String, Pattern> found = new TreeMap<>();
    List<String> names;
    try (Stream<Path> files = Files.walk(classes)) {
      names = files.map(p -> classes.relativize(p).toString())
          .filter(n -> n.endsWith(".class") && !n.equals("module-info.class") && !n.endsWith("package-info.class"))
          .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
          .sorted().toList();
    }
    for (String name : names) {
      Class<?> type = Class.forName(name, true, LinearPatternsTest.class.getClassLoader());
      for (Field field : type.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
          continue;
        }
        field.setAccessible(true);
        collect(type.getSimpleName() + "." + field.getName(), field.get(null), found);
      }
    }
    return found;
  }

  private static void collect(String where, Object value, Map<String, Pattern> found) {
    if (value instanceof Pattern pattern) {
      found.put(where, pattern);
    } else if (value instanceof Collection<?> many) {
      int i = 0;
      for (Object each : many) {
        collect(where + "[" + i++ + "]", each, found);
      }
    } else if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        collect(where + "[" + entry.getKey() + "]", entry.getValue(), found);
      }
    } else if (value instanceof Object[] array && !(value instanceof String[])) {
      for (int i = 0; i < array.length; i++) {
        collect(where + "[" + i + "]", array[i], found);
      }
    }
  }

  @Test
  void theCheckSeesThePatternsOfEveryStage() throws Exception {
    Map<String, Pattern> patterns = patterns();
    assertTrue(patterns.size() >= 80, "static patterns found: " + patterns.size());
    for (String stage : List.of("HeadingRules.", "PointsReader.", "DeadlineLexer.", "TextReader.", "CellKinds.")) {
      assertTrue(patterns.keySet().stream().anyMatch(k -> k.startsWith(stage)), stage + " " + patterns.keySet());
    }
  }

  @Test
  void noPatternNestsUnboundedQuantifiers() throws Exception {
    List<String> offending = new ArrayList<>();
    for (Map.Entry<String, Pattern> entry : patterns().entrySet()) {
      for (String group : QuantifierNesting.find(entry.getValue().pattern())) {
        if (!ALLOWED.containsKey(entry.getKey())) {
          offending.add(entry.getKey() + ": " + group);
        }
      }
    }
    assertEquals(List.of(), offending);
  }

  /**
   * Texts on which a backtracking pattern goes quadratic or worse, or a repeated group recurses
   * past the stack: long runs of spaces between dates, of dotted numbers, of hyphenated words, of
   * spaced capitals, of commas and quotes.
   */
  static List<String> hostileTexts() {
    return List.of(
        "до 01.02.2020" + " ".repeat(20_000) + "x",
        "1.".repeat(10_000) + " ",
        "1.".repeat(10_000) + ")",
        "Ааа-Ббб-".repeat(5_000) + "!",
        "П Р И К А З ".repeat(3_000) + "1",
        "срок до 01.02.2020 . ".repeat(2_000),
        ", и ".repeat(5_000) + "постановлени",
        "«\"".repeat(10_000),
        "И.И. ".repeat(5_000) + "иванов",
        " 1".repeat(10_000) + "x",
        "\t ".repeat(10_000) + "x");
  }

  @Test
  @org.junit.jupiter.api.Timeout(120)
  void everyPatternScansHostileTextInLinearTime() throws Exception {
    List<String> slow = new ArrayList<>();
    for (Map.Entry<String, Pattern> entry : patterns().entrySet()) {
      for (String text : hostileTexts()) {
        long started = System.nanoTime();
        java.util.regex.Matcher matcher = entry.getValue().matcher(text);
        try {
          // one attempt from the start, whole and as a prefix: how much one attempt backtracks
          matcher.matches();
          matcher.lookingAt();
        } catch (StackOverflowError e) {
          slow.add(entry.getKey() + " on «" + text.substring(0, 20) + "…»: stack overflow");
          continue;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (millis > 1500) {
          slow.add(entry.getKey() + " on «" + text.substring(0, 20) + "…»: " + millis + " ms");
        }
      }
    }
    assertEquals(List.of(), slow);
  }

  @Test
  void theShapeIsFoundWhereverItIsWritten() {
    assertEquals(List.of("(a+)+"), QuantifierNesting.find("^(a+)+$"));
    assertEquals(List.of("(?:\\s*\\w+)*"), QuantifierNesting.find("x(?:\\s*\\w+)*y"));
    assertEquals(List.of("(?<w>[а-я]+-?)*"), QuantifierNesting.find("(?<w>[а-я]+-?)*"));
    assertEquals(List.of("((\\d+\\.)?\\d)+"), QuantifierNesting.find("((\\d+\\.)?\\d)+"), "nested one level deeper");
    assertEquals(List.of("(a{2,})*"), QuantifierNesting.find("(a{2,})*"));
    // bounded, possessive, or only looking like a group
    assertEquals(List.of(), QuantifierNesting.find("(\\d{1,2}\\.){1,3}"));
    assertEquals(List.of(), QuantifierNesting.find("(a+)?b"));
    assertEquals(List.of(), QuantifierNesting.find("(?:a++)+"));
    assertEquals(List.of(), QuantifierNesting.find("\\(a+\\)+"));
    assertEquals(List.of(), QuantifierNesting.find("[(a+)]+"));
    assertEquals(List.of(), QuantifierNesting.find("\\Q(a+)+\\E"));
    assertEquals(List.of(), QuantifierNesting.find("\\p{L}+(?:-\\p{L})*"));
  }
}
