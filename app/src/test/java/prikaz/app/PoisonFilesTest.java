package prikaz.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import prikaz.app.export.JsonExporter;

/**
 * Hostile files, made here, among good ones: each is one clean failure, the others are written;
 * and no output is written over the file it was read from.
 */
@Timeout(120)
class PoisonFilesTest {
  private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));

  @TempDir Path dir;

  /** Our sample order's DOCX package with its document body replaced by a ПРИКАЗ paragraph and {@code body}. */
  private static byte[] docx(String body) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(SAMPLES.resolve("artem-2020-218.docx")));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if (entry.getName().equals("word/document.xml")) {
          String xml = new String(content, StandardCharsets.UTF_8);
          content = (xml.substring(0, xml.indexOf("<w:body>") + "<w:body>".length())
              + "<w:p><w:r><w:t>ПРИКАЗ</w:t></w:r></w:p>" + body + xml.substring(xml.indexOf("</w:body>")))
              .getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(content);
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static byte[] hugeSpan() throws Exception {
    String cell = "<w:tc><w:tcPr><w:gridSpan w:val=\"2000000000\"/></w:tcPr><w:p/></w:tc>";
    return docx("<w:tbl><w:tr>" + cell.repeat(3) + "</w:tr></w:tbl>");
  }

  private static byte[] nestedTables(int depth) throws Exception {
    return docx("<w:tbl><w:tr><w:tc><w:p/>".repeat(depth) + "<w:p><w:r><w:t>x</w:t></w:r></w:p>"
        + "<w:p/></w:tc></w:tr></w:tbl>".repeat(depth));
  }

  @Test
  void aBatchWritesEveryGoodOutputAndAFailureRowPerPoisonFile() throws Exception {
    Path in = dir.resolve("in");
    Path out = dir.resolve("out");
    Files.createDirectories(in);
    Files.copy(SAMPLES.resolve("artem-2020-218.docx"), in.resolve("a-good.docx"));
    Files.copy(SAMPLES.resolve("anzhero-sudzhensk-2022-575.txt"), in.resolve("b-good.txt"));
    Files.write(in.resolve("span.docx"), hugeSpan());
    Files.write(in.resolve("tables.docx"), nestedTables(5_000));
    Files.writeString(in.resolve("tags.txt"), "ПРИКАЗ\n" + "<b>".repeat(100_000) + "x" + "</b>".repeat(100_000) + "\n");
    Files.writeString(in.resolve("groups.rtf"), "{\\rtf1\\ansi x\\par " + "{".repeat(100_000) + "}".repeat(100_000) + "}",
        StandardCharsets.US_ASCII);
    Files.copy(SAMPLES.resolve("artem-2020-218.pdf"), in.resolve("z-good.pdf"));

    Run run = Run.of("batch", in.toString(), "--out", out.toString(), "-j", "2");

    assertEquals(1, run.exit(), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
    JsonNode docx = JsonExporter.mapper().readTree(out.resolve("a-good.docx.json").toFile());
    assertEquals("218", docx.at("/header/number").asText());
    assertEquals(18, docx.at("/plans/0/items").size());
    assertEquals(18, JsonExporter.mapper().readTree(out.resolve("z-good.pdf.json").toFile()).at("/plans/0/items").size());
    assertEquals(12, JsonExporter.mapper().readTree(out.resolve("b-good.txt.json").toFile()).at("/plans/0/items").size());
    List<String> failures = Files.readAllLines(out.resolve("failures.csv"), StandardCharsets.UTF_8);
    assertEquals(5, failures.size(), failures.toString());
    List<String> rows = failures.subList(1, 5).stream().map(l -> l.replace("\"", "")).toList();
    assertEquals(in.resolve("groups.rtf") + ",TOO_COMPLEX,too complex: RTF groups nested deeper than 1000 levels", rows.get(0));
    assertEquals(in.resolve("span.docx") + ",TOO_COMPLEX,too complex: a table row wider than 1000 grid columns", rows.get(1));
    // 5,000 tables deep: the XML library's stack may run out before the nesting limit is reached,
    // and from Java 24 on Java's own XML depth limit (100 elements) comes first.
    assertTrue(rows.get(2).matches(java.util.regex.Pattern.quote(in.resolve("tables.docx").toString())
        + ",TOO_COMPLEX,too complex: (tables |XML elements )?nested deeper than .*"), rows.get(2));
    assertEquals(in.resolve("tags.txt") + ",TOO_COMPLEX,too complex: markup nested deeper than 500 levels", rows.get(3));
    assertTrue(Files.exists(out.resolve("summary.json")));
    assertTrue(Files.exists(out.resolve(BatchCommand.MANIFEST)));
    assertTrue(run.err().contains("parsed 3, failed 4"), run.err());
  }

  @Test
  void parseOfAPoisonFileIsOneLineAndExitOne() throws Exception {
    Path file = dir.resolve("span.docx");
    Files.write(file, hugeSpan());
    Run run = Run.of("parse", file.toString(), "--lang", "en");
    assertEquals(1, run.exit());
    assertEquals("prikaz: " + file + ": too complex: a table row wider than 1000 grid columns\n", run.err());
    Run russian = Run.of("parse", file.toString(), "--lang", "ru");
    assertEquals("prikaz: " + file + ": слишком сложный документ: строка таблицы шире 1000 столбцов\n", russian.err());
  }

  @Test
  void breakdownsAreFailureKindsWithOneLine() {
    Texts english = Texts.of("en");
    assertEquals("OUT_OF_MEMORY", Breakdowns.kind(new OutOfMemoryError("Java heap space")));
    assertTrue(Breakdowns.message(new OutOfMemoryError(), english).matches("out of memory: .* \\d+ MiB heap"));
    assertEquals("TOO_COMPLEX", Breakdowns.kind(new StackOverflowError()));
    assertEquals("too complex: nested deeper than the program can follow",
        Breakdowns.message(new StackOverflowError(), english));
    assertEquals("INTERNAL", Breakdowns.kind(new IllegalStateException("x")));
  }

  @Test
  void parseRefusesToWriteOverItsInput() throws Exception {
    Path text = dir.resolve("a.txt");
    Files.copy(SAMPLES.resolve("anzhero-sudzhensk-2022-575.txt"), text);
    byte[] before = Files.readAllBytes(text);
    Run run = Run.of("parse", text.toString(), "-o", text.toString(), "--lang", "en");
    assertEquals(2, run.exit());
    assertEquals("prikaz: " + text + ": the output would overwrite the input " + text + "\n", run.err());
    assertArrayEquals(before, Files.readAllBytes(text));

    // Another spelling of the same file, among other inputs.
    Path other = dir.resolve("sub/../a.txt");
    Files.createDirectories(dir.resolve("sub"));
    Run spelled = Run.of("parse", SAMPLES.resolve("artem-2020-218.docx").toString(), text.toString(), "-f", "json",
        "-o", other.toString());
    assertEquals(2, spelled.exit(), spelled.err());
    assertArrayEquals(before, Files.readAllBytes(text));

    Path docx = dir.resolve("a.docx");
    Files.copy(SAMPLES.resolve("artem-2020-218.docx"), docx);
    byte[] word = Files.readAllBytes(docx);
    Run xlsx = Run.of("parse", docx.toString(), "-f", "xlsx", "-o", docx.toString());
    assertEquals(2, xlsx.exit());
    assertEquals(1, xlsx.err().lines().count(), xlsx.err());
    assertArrayEquals(word, Files.readAllBytes(docx));

    // A new file beside the input is written as before.
    Path json = dir.resolve("a.json");
    assertEquals(0, Run.of("parse", text.toString(), "-o", json.toString()).exit());
    assertEquals("575", JsonExporter.mapper().readTree(json.toFile()).at("/header/number").asText());
  }

  @Test
  void batchRefusesACombinedFileThatIsAnInput() throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    Path text = in.resolve("plans.csv.txt");
    Files.copy(SAMPLES.resolve("anzhero-sudzhensk-2022-575.txt"), text);
    byte[] before = Files.readAllBytes(text);
    Run run = Run.of("batch", in.toString(), "--out", dir.resolve("out").toString(), "--combined",
        in.resolve("../in/plans.csv.txt").toString(), "--lang", "en");
    // A combined file must be .xlsx, .csv or .jsonl: a .txt input is refused before it could be written.
    assertEquals(2, run.exit(), run.err());
    assertArrayEquals(before, Files.readAllBytes(text));

    Path csv = in.resolve("old.csv");
    Files.copy(SAMPLES.resolve("anzhero-sudzhensk-2022-575.txt"), csv);
    Run named = Run.of("batch", csv.toString(), "--out", dir.resolve("out").toString(), "--combined", csv.toString(),
        "--lang", "en");
    assertEquals(2, named.exit(), named.err());
    assertEquals("prikaz: " + csv + ": the output would overwrite the input " + csv + "\n", named.err());
    assertArrayEquals(before, Files.readAllBytes(csv));
    assertFalse(Files.exists(dir.resolve("out")));
  }

  @Test
  void diffRefusesToWriteOverAnInput() throws Exception {
    Path old = dir.resolve("old.txt");
    Path current = dir.resolve("new.txt");
    Files.copy(SAMPLES.resolve("anzhero-sudzhensk-2022-575.txt"), old);
    Files.copy(SAMPLES.resolve("anzhero-sudzhensk-2022-575.txt"), current);
    byte[] before = Files.readAllBytes(old);
    Run run = Run.of("diff", old.toString(), current.toString(), "-o", old.toString(), "--lang", "en");
    assertEquals(2, run.exit());
    assertEquals("prikaz: " + old + ": the output would overwrite the input " + old + "\n", run.err());
    assertArrayEquals(before, Files.readAllBytes(old));
    Run second = Run.of("diff", old.toString(), current.toString(), "-o", current.toString());
    assertEquals(2, second.exit());
    assertArrayEquals(before, Files.readAllBytes(current));
  }
}
