package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README's «Using the library» example is {@link PrintPlan} word for word, and it does what the
 * README says: it lives outside the parser's packages, so it compiles against the public API only.
 */
class PrintPlanTest {
  private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));
  private static final Path README = SAMPLES.resolveSibling("README.md");

  @Test
  void theReadmeQuotesTheExampleAsItIs() throws Exception {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("## Using the library\\n(?:.*\\n)*?```java\\n((?:.*\\n)*?)```").matcher(readme);
    assertTrue(block.find(), "README has a java block under «Using the library»");
    String source = Files.readString(Path.of("src/test/java/example/PrintPlan.java"), StandardCharsets.UTF_8);
    assertEquals(source.substring(source.indexOf("import ")), block.group(1));
  }

  @Test
  void itPrintsTheOrderAndEveryItem() throws Exception {
    List<String> out = run(SAMPLES.resolve("artem-2020-218.txt").toString())[0].lines().toList();

    assertEquals("ПРИКАЗ № 218 от 2020-10-14", out.get(0));
    assertEquals(1 + 18, out.size(), "the heading and the plan's 18 items");
    assertTrue(out.get(1).startsWith("1 | Октябрь 2020 | Разработка и утверждение"), out.get(1));
    assertTrue(out.get(18).startsWith("18 | "), out.get(18));
  }

  @Test
  void itSaysWhyADocumentCannotBeUsed(@TempDir Path dir) throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.txt"));

    String[] printed = run(empty.toString());

    assertEquals("", printed[0]);
    assertEquals(empty + ": empty file" + System.lineSeparator(), printed[1]);
  }

  /** What {@code PrintPlan.main} writes to stdout and to stderr. */
  private static String[] run(String file) throws Exception {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
      PrintPlan.main(new String[] {file});
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    return new String[] {stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8)};
  }
}
