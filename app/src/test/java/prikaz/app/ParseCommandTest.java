package prikaz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prikaz.app.export.JsonExporter;

/** The command run in-process, with its output and error streams captured. */
class ParseCommandTest {
  private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));

  private static Run run(String... args) {
    return Run.of(args);
  }

  @Test
  void parsePrintsJsonToStdout() throws Exception {
    Run run = run("parse", SAMPLES.resolve("artem-2020-218.txt").toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals("", run.err());
    JsonNode json = JsonExporter.mapper().readTree(run.out());
    assertEquals("prikaz/1", json.get("schema").asText());
    assertEquals("218", json.at("/header/number").asText());
    assertEquals("2020-10-14", json.at("/header/date").asText());
    assertEquals(18, json.at("/plans/0/items").size());
  }

  @Test
  void aScanIsReadWithOcrAndSaysSo() throws Exception {
    Run run = run("parse", SAMPLES.resolve("artem-2020-218.scan.png").toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals("", run.err(), "no progress bar when stderr is not a terminal");
    JsonNode json = JsonExporter.mapper().readTree(run.out());
    assertTrue(json.at("/source/ocr").asBoolean());
    assertEquals("png", json.at("/source/format").asText());
    assertEquals("218", json.at("/header/number").asText());
    JsonNode first = json.at("/plans/0/items/0");
    assertEquals("1", first.get("number").asText());
    assertEquals("Разработка и утверждение локального нормативного акта об утверждении муниципальной системы оценки качества образования",
        first.get("activity").asText());
    double confidence = first.at("/confidence/activity").asDouble();
    assertTrue(confidence > 0.8 && confidence <= 1, "activity confidence " + confidence);
  }

  @Test
  void ocrNeverRefusesAScanAndBadOcrOptionsAreUsageErrors() {
    Run never = run("parse", SAMPLES.resolve("artem-2020-218.scan.png").toString(), "--ocr", "never");
    assertEquals(1, never.exit());
    assertEquals("prikaz: " + SAMPLES.resolve("artem-2020-218.scan.png")
        + ": scanned document, OCR needed: the file is an image; OCR is turned off\n", never.err().replace("\r\n", "\n"));

    Run mode = run("parse", SAMPLES.resolve("artem-2020-218.scan.png").toString(), "--ocr", "sometimes");
    assertEquals(2, mode.exit());
    assertTrue(mode.err().startsWith("prikaz: Invalid value for option '--ocr': 'sometimes' is not auto, always or never"),
        mode.err());

    Run language = run("parse", SAMPLES.resolve("artem-2020-218.scan.png").toString(), "--ocr-lang", "rus;eng");
    assertEquals(2, language.exit());
    assertTrue(language.err().startsWith("prikaz: --ocr-lang: not a Tesseract language list: rus;eng"), language.err());
  }

  @Test
  void severalFilesGiveOneOutputAndAFailureDoesNotStopTheOthers(@TempDir Path dir) throws Exception {
    Path missing = dir.resolve("missing.txt");
    Run run = run("parse", SAMPLES.resolve("artem-2020-218.txt").toString(), missing.toString(),
        SAMPLES.resolve("anzhero-sudzhensk-2022-575.docx").toString());
    assertEquals(1, run.exit());
    assertEquals("prikaz: " + missing + ": no such file\n", run.err().replace("\r\n", "\n"));
    JsonNode json = JsonExporter.mapper().readTree(run.out());
    assertTrue(json.isArray());
    assertEquals(2, json.size());
    assertEquals("218", json.get(0).at("/header/number").asText());
    assertEquals("575", json.get(1).at("/header/number").asText());

    Run lines = run("parse", SAMPLES.resolve("artem-2020-218.txt").toString(),
        SAMPLES.resolve("anzhero-sudzhensk-2022-575.docx").toString(), "-f", "jsonl");
    assertEquals(0, lines.exit(), lines.err());
    assertEquals(2, lines.out().strip().split("\n").length);

    Run ics = run("parse", SAMPLES.resolve("artem-2020-218.txt").toString(),
        SAMPLES.resolve("anzhero-sudzhensk-2022-575.docx").toString(), "-f", "ics");
    assertEquals(2, ics.exit());
  }

  @Test
  void parseWritesTheOutputFile(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("plan.json");
    Run run = run("parse", SAMPLES.resolve("balashov-2022-78.txt").toString(), "-o", out.toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals("", run.out());
    JsonNode json = JsonExporter.mapper().readTree(Files.readString(out, StandardCharsets.UTF_8));
    assertEquals("В.В. Шатковская", json.at("/header/signatory/name").asText());
    assertEquals(0, json.get("plans").size());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary file left behind");
    }
  }

  @Test
  void notAnOrderIsOneLineOnStderrAndNoOutputFile(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("letter.txt");
    Files.writeString(input, "Уважаемые коллеги!\nПриглашаем на семинар.\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out.json");
    Run run = run("parse", input.toString(), "-o", out.toString());
    assertEquals(1, run.exit());
    assertEquals("", run.out());
    assertEquals("prikaz: " + input + ": not an order: no ПРИКАЗ heading found\n", run.err().replace("\r\n", "\n"));
    assertFalse(Files.exists(out));
  }

  @Test
  void missingAndEmptyFilesAreNamedWithTheReason(@TempDir Path dir) throws Exception {
    Path missing = dir.resolve("missing.txt");
    Run run = run("parse", missing.toString());
    assertEquals(1, run.exit());
    assertEquals("prikaz: " + missing + ": no such file", run.err().strip());

    Path empty = Files.createFile(dir.resolve("empty.txt"));
    run = run("parse", empty.toString());
    assertEquals(1, run.exit());
    assertEquals("prikaz: " + empty + ": empty file", run.err().strip());
    assertEquals("", run.out());
  }

  @Test
  void usageErrorsExitWithTwo() {
    Run run = run("parse");
    assertEquals(2, run.exit());
    assertTrue(run.err().startsWith("prikaz: Missing required parameter"), run.err());
    assertEquals(2, run("parse", "--no-such-option", "x.txt").exit());
  }

  @Test
  void helpShowsExamples() {
    Run run = run("parse", "--help");
    assertEquals(0, run.exit());
    assertTrue(run.out().contains("prikaz parse samples/artem-2020-218.docx -f xlsx -o plan.xlsx"), run.out());
  }
}
