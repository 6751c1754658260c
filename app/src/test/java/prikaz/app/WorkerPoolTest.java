package prikaz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import prikaz.parser.DocumentException;
import prikaz.parser.OcrMode;
import prikaz.parser.model.Order;

/**
 * Worker processes as a batch uses them, started for real from this JVM's classes: an order comes
 * back whole; a file that hangs (a named pipe no one writes), a heap too small for the file and a
 * worker killed from outside are each one breakdown of that file, the worker's temporary folder is
 * gone, and the next file is read by a fresh worker.
 */
@Timeout(180)
class WorkerPoolTest {
  private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));

  @TempDir Path temp;
  @TempDir Path dir;

  private WorkerPool pool(String heap, long timeout) {
    return new WorkerPool(1, new WorkerCommand(heap, OcrMode.NEVER, "rus", 1, temp), timeout);
  }

  private Path fifo() throws Exception {
    Path pipe = dir.resolve("hangs.txt");
    assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor());
    return pipe;
  }

  private List<Path> leftInTemp() throws Exception {
    try (Stream<Path> files = Files.list(temp)) {
      return files.toList();
    }
  }

  @Test
  void aWorkerReadsOrdersAndTellsDocumentFailures() throws Exception {
    Files.writeString(dir.resolve("letter.txt"), "Уважаемые коллеги, просим прислать отчёт до пятницы.\n");
    try (WorkerPool pool = pool("256m", 60)) {
      Order order = pool.parse(SAMPLES.resolve("artem-2020-218.docx"));
      assertEquals("218", order.header().number());
      assertEquals("artem-2020-218.docx", order.source().file());
      assertEquals(18, order.plans().get(0).items().size());
      DocumentException notOrder = assertThrows(DocumentException.class, () -> pool.parse(dir.resolve("letter.txt")));
      assertEquals(DocumentException.Reason.NOT_AN_ORDER, notOrder.reason());
      assertThrows(NoSuchFileException.class, () -> pool.parse(dir.resolve("gone.txt")));
      assertEquals(1, pool.pids().size(), "one worker served every file");
    }
    assertEquals(List.of(), leftInTemp());
  }

  @Test
  void aFileOverTheTimeLimitIsATimeoutAndTheNextFileGetsAFreshWorker() throws Exception {
    Path pipe = fifo();
    try (WorkerPool pool = pool("256m", 3)) {
      pool.parse(SAMPLES.resolve("artem-2020-218.txt"));
      long first = pool.pids().get(0);
      assertEquals(1, leftInTemp().size(), "the running worker's own folder");
      long started = System.nanoTime();
      ParseBreakdown timeout = assertThrows(ParseBreakdown.class, () -> pool.parse(pipe));
      double seconds = (System.nanoTime() - started) / 1e9;
      assertEquals(ParseBreakdown.Kind.TIMEOUT, timeout.kind());
      assertEquals("3", timeout.detail());
      assertTrue(seconds >= 3 && seconds < 20, "ended after " + seconds + " s");
      assertEquals(List.of(), pool.pids(), "the worker was killed");
      assertEquals(List.of(), leftInTemp(), "its temporary folder deleted");
      assertTrue(ProcessHandle.of(first).map(p -> !p.isAlive()).orElse(true));
      Order next = pool.parse(SAMPLES.resolve("anzhero-sudzhensk-2022-575.txt"));
      assertEquals("575", next.header().number());
      assertNotEquals(first, (long) pool.pids().get(0));
    }
  }

  @Test
  void aWorkerKilledFromOutsideIsACrashOfThatFile() throws Exception {
    Path pipe = fifo();
    try (WorkerPool pool = pool("256m", 0)) {
      pool.parse(SAMPLES.resolve("artem-2020-218.txt"));
      long pid = pool.pids().get(0);
      CompletableFuture<Throwable> waiting = CompletableFuture.supplyAsync(() -> {
        try {
          pool.parse(pipe);
          return null;
        } catch (Throwable e) {
          return e;
        }
      });
      Thread.sleep(1000);
      assertTrue(ProcessHandle.of(pid).orElseThrow().destroyForcibly());
      ParseBreakdown crash = (ParseBreakdown) waiting.get(60, TimeUnit.SECONDS);
      assertEquals(ParseBreakdown.Kind.CRASHED, crash.kind());
      assertEquals("killed by signal 9", crash.detail());
      assertEquals(List.of(), leftInTemp());
      assertEquals("218", pool.parse(SAMPLES.resolve("artem-2020-218.txt")).header().number());
    }
  }

  @Test
  void aFileTooBigForTheWorkersHeapIsOutOfMemory() throws Exception {
    Path big = dir.resolve("big.txt");
    Files.writeString(big, "ПРИКАЗ\n" + "1. Провести проверку исполнения плана мероприятий в срок до 01.02.2020.\n"
        .repeat(40_000));
    try (WorkerPool pool = pool("32m", 60)) {
      ParseBreakdown oom = assertThrows(ParseBreakdown.class, () -> pool.parse(big));
      assertEquals(ParseBreakdown.Kind.OUT_OF_MEMORY, oom.kind());
      assertEquals("32", oom.detail());
      assertEquals("218", pool.parse(SAMPLES.resolve("artem-2020-218.txt")).header().number());
    }
    assertEquals(List.of(), leftInTemp());
  }

  @Test
  void heapSizesAsTheJvmTakesThem() {
    assertTrue(WorkerCommand.validHeap("512m"));
    assertTrue(WorkerCommand.validHeap("2G"));
    assertTrue(!WorkerCommand.validHeap("-1m") && !WorkerCommand.validHeap("512 m") && !WorkerCommand.validHeap("lots"));
    assertEquals(2048, new WorkerCommand("2g", OcrMode.NEVER, "rus", 1, temp).heapMiB());
    assertEquals(512, new WorkerCommand("524288k", OcrMode.NEVER, "rus", 1, temp).heapMiB());
  }

  @Test
  void workersMapTheLaunchersClassDataAsItsJavaMadeIt() throws Exception {
    WorkerCommand command = new WorkerCommand("512m", OcrMode.NEVER, "rus", 1, temp);
    Path cache = Files.writeString(dir.resolve("prikaz-1.aot"), "cache");
    Path archive = Files.writeString(dir.resolve("prikaz-1.jsa"), "archive");
    String before = System.getProperty(WorkerCommand.CLASS_DATA);
    try {
      System.setProperty(WorkerCommand.CLASS_DATA, cache.toString());
      List<String> java25 = command.arguments(temp);
      assertTrue(java25.contains("-XX:AOTCache=" + cache), java25.toString());
      assertTrue(java25.stream().noneMatch(a -> a.startsWith("-XX:SharedArchiveFile")), java25.toString());

      System.setProperty(WorkerCommand.CLASS_DATA, archive.toString());
      List<String> java17 = command.arguments(temp);
      assertTrue(java17.contains("-XX:SharedArchiveFile=" + archive), java17.toString());
      assertTrue(java17.stream().noneMatch(a -> a.startsWith("-XX:AOTCache")), java17.toString());

      System.setProperty(WorkerCommand.CLASS_DATA, dir.resolve("gone.aot").toString());
      List<String> none = command.arguments(temp);
      assertTrue(none.stream().noneMatch(a -> a.startsWith("-XX:AOTCache") || a.startsWith("-XX:SharedArchiveFile")),
          "a missing file is not handed on: " + none);
    } finally {
      if (before == null) {
        System.clearProperty(WorkerCommand.CLASS_DATA);
      } else {
        System.setProperty(WorkerCommand.CLASS_DATA, before);
      }
    }
  }
}
