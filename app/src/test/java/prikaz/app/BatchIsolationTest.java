package prikaz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import prikaz.app.export.JsonExporter;

/**
 * batch reads each file in a worker process: a file that needs more than the worker's heap or
 * more than the time limit is a failure row of its own kind, the good files around it are written,
 * and no worker folder (with OCR page images) is left in the temporary folder.
 */
@Timeout(300)
class BatchIsolationTest {
  private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));
  private static final Path TMP = Path.of(System.getProperty("java.io.tmpdir"));

  @TempDir Path dir;

  private static List<Path> workerFoldersSince(FileTime start) throws Exception {
    try (Stream<Path> files = Files.list(TMP)) {
      return files.filter(p -> p.getFileName().toString().startsWith("prikaz-worker-"))
          .filter(p -> {
            try {
              return Files.getLastModifiedTime(p).compareTo(start) >= 0;
            } catch (java.io.IOException e) {
              return false;
            }
          }).toList();
    }
  }

  @Test
  void aFileTooBigForTheWorkerHeapFailsAloneAsOutOfMemory() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Path out = dir.resolve("out");
    Files.copy(SAMPLES.resolve("artem-2020-218.docx"), in.resolve("a-good.docx"));
    Files.writeString(in.resolve("b-big.txt"), "ПРИКАЗ\n"
        + "1. Провести проверку исполнения плана мероприятий в срок до 01.02.2020.\n".repeat(40_000));
    Files.copy(SAMPLES.resolve("anzhero-sudzhensk-2022-575.txt"), in.resolve("c-good.txt"));

    Run run = Run.of("batch", in.toString(), "--out", out.toString(), "-j", "2", "--worker-heap", "32m");

    assertEquals(1, run.exit(), run.err());
    assertTrue(run.err().contains("parsed 2, failed 1"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
    JsonNode docx = JsonExporter.mapper().readTree(out.resolve("a-good.docx.json").toFile());
    assertEquals("218", docx.at("/header/number").asText());
    assertEquals(18, docx.at("/plans/0/items").size());
    assertEquals("a-good.docx", docx.at("/source/path").asText());
    assertEquals(12, JsonExporter.mapper().readTree(out.resolve("c-good.txt.json").toFile()).at("/plans/0/items").size());
    List<String> failures = Files.readAllLines(out.resolve("failures.csv"), StandardCharsets.UTF_8);
    assertEquals(2, failures.size(), failures.toString());
    assertEquals(in.resolve("b-big.txt") + ",OUT_OF_MEMORY,out of memory: the document needs more than the 32 MiB heap",
        failures.get(1).replace("\"", ""));
    JsonNode summary = JsonExporter.mapper().readTree(out.resolve("summary.json").toFile());
    assertEquals("32m", summary.at("/options/workerHeap").asText());
    assertEquals(120, summary.at("/options/timeout").asInt());
  }

  @Test
  void aScanOverTheTimeLimitIsATimeoutAndLeavesNoPageImages() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Path out = dir.resolve("out");
    // four scanned pages: OCR takes seconds (3.4 s alone on an idle machine), past the limit
    Files.copy(SAMPLES.resolve("artem-2020-218.scan.pdf"), in.resolve("a-scan.pdf"));
    Files.copy(SAMPLES.resolve("artem-2020-218.txt"), in.resolve("b-good.txt"));
    FileTime start = FileTime.fromMillis(System.currentTimeMillis() - 1000);

    Run run = Run.of("batch", in.toString(), "--out", out.toString(), "-j", "1", "--timeout", "1", "--lang", "ru");

    assertEquals(1, run.exit(), run.err());
    List<String> failures = Files.readAllLines(out.resolve("failures.csv"), StandardCharsets.UTF_8);
    assertEquals(2, failures.size(), failures.toString());
    assertTrue(failures.get(1).replace("\"", "").endsWith("a-scan.pdf,TIMEOUT,не прочитан за 1 с (--timeout)"),
        failures.get(1));
    assertEquals("218", JsonExporter.mapper().readTree(out.resolve("b-good.txt.json").toFile())
        .at("/header/number").asText());
    assertEquals(List.of(), workerFoldersSince(start));
  }

  @Test
  void inProcessReadsTheSameOrders() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(SAMPLES.resolve("artem-2020-218.docx"), in.resolve("a.docx"));
    Run isolated = Run.of("batch", in.toString(), "--out", dir.resolve("isolated").toString());
    Run inProcess = Run.of("batch", in.toString(), "--out", dir.resolve("inside").toString(), "--in-process");
    assertEquals(0, isolated.exit(), isolated.err());
    assertEquals(0, inProcess.exit(), inProcess.err());
    assertEquals(Files.readString(dir.resolve("isolated/a.docx.json")), Files.readString(dir.resolve("inside/a.docx.json")));
  }

  @Test
  void badIsolationOptionsAreUsageErrors() {
    Run heap = Run.of("batch", SAMPLES.toString(), "--out", dir.resolve("o").toString(), "--worker-heap", "lots");
    assertEquals(2, heap.exit());
    assertTrue(heap.err().startsWith("prikaz: --worker-heap: 'lots' is not a heap size such as 512m or 2g\n"), heap.err());
    Run timeout = Run.of("parse", SAMPLES.resolve("artem-2020-218.txt").toString(), "--timeout", "-1");
    assertEquals(2, timeout.exit());
    assertTrue(timeout.err().startsWith("prikaz: --timeout must be 0 (no limit) or more seconds\n"), timeout.err());
  }
}
