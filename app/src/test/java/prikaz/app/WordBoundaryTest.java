package prikaz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every regular expression of the main code with a word boundary ({@code \b}) says that letters
 * are word characters ({@code (?U)} or {@code UNICODE_CHARACTER_CLASS}): Java 19 and later made
 * {@code \b} ASCII-only by default (JDK-8264160), so «\bгода\b» matched on Java 17 and nothing on
 * Java 25, and a Cyrillic rule would work on one Java and silently not on another.
 */
class WordBoundaryTest {
  private static final Pattern FLAGGED = Pattern.compile("\\(\\?[a-zA-Z]*U[a-zA-Z]*\\)|UNICODE_CHARACTER_CLASS");

  @Test
  void everyWordBoundaryCountsLettersAsWordCharacters() throws Exception {
    List<String> unflagged = new ArrayList<>();
    int boundaries = 0;
    for (String module : List.of("../parser", "../diff", ".")) {
      try (Stream<Path> files = Files.walk(Path.of(module, "src/main/java"))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          List<String> lines = Files.readAllLines(file);
          for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("\\\\b") && !lines.get(i).strip().startsWith("*")) {
              boundaries++;
              if (!FLAGGED.matcher(lines.get(i)).find()) {
                unflagged.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
              }
            }
          }
        }
      }
    }
    assertTrue(boundaries >= 4, "the scan found the word boundaries it should: " + boundaries);
    assertEquals(List.of(), unflagged);
  }

  @Test
  void withTheFlagABoundaryBesideCyrillicIsOneOnEveryJava() {
    assertTrue(Pattern.compile("(?U)\\bгода\\b").matcher("по плану года 2023").find());
    assertTrue(!Pattern.compile("(?U)\\b2022\\b").matcher("2022г").find(), "a digit next to a letter is no boundary");
  }
}
