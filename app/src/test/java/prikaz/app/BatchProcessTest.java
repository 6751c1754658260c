package prikaz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import prikaz.app.export.JsonExporter;

/** {@code prikaz batch} as a program: folders it may not read or write, and being stopped by a signal. */
class BatchProcessTest {
  private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples")).toAbsolutePath();

  @TempDir Path dir;

  @AfterEach
  void readableAgain() throws Exception {
    try (Stream<Path> all = Files.walk(dir, 3)) {
      for (Path path : all.filter(Files::isDirectory).toList()) {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwx------"));
      }
    } catch (java.io.UncheckedIOException e) {
      // A folder still locked below: opened above, the next walk reaches it.
    }
  }

  @Test
  void anUnreadableSubfolderIsOneFailureTheOthersAreParsedAndExcludeSkipsIt() throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in.resolve("good"));
    Files.createDirectories(in.resolve("locked"));
    Files.copy(SAMPLES.resolve("anzhero-sudzhensk-2022-575.txt"), in.resolve("good/575.txt"));
    Files.copy(SAMPLES.resolve("artem-2020-218.txt"), in.resolve("locked/218.txt"));
    lock(in.resolve("locked"), "---------");

    JvmRun run = JvmRun.unprivileged(dir, "batch", "in", "--out", "out", "--lang", "en");
    assertEquals(Cli.FAILED, run.exit(), run.err());
    assertTrue(run.err().startsWith("prikaz: in/locked: permission denied\n"), run.err());
    assertTrue(run.err().contains("parsed 1, failed 1"), run.err());
    assertFalse(run.err().contains("internal error"), run.err());
    assertEquals("575", BatchFilesTest.number(dir.resolve("out/good/575.txt.json")));
    String failures = Files.readString(dir.resolve("out/failures.csv"));
    assertTrue(failures.contains("in/locked,IO,\"permission denied\""), failures);

    JvmRun excluded = JvmRun.unprivileged(dir, "batch", "in", "--out", "out2", "--exclude", "locked/**", "--lang", "en");
    assertEquals(Cli.OK, excluded.exit(), excluded.err());
    assertTrue(excluded.err().contains("parsed 1, failed 0, skipped 1 (excluded 1)"), excluded.err());

    JvmRun top = JvmRun.unprivileged(dir, "batch", "in/locked", "--out", "out3", "--lang", "en");
    assertEquals(Cli.NOTHING_PARSED, top.exit(), top.err());
    assertTrue(top.err().startsWith("prikaz: in/locked: permission denied\n"), top.err());
  }

  @Test
  void aReadOnlyOutputFolderIsOneLine() throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    Files.copy(SAMPLES.resolve("anzhero-sudzhensk-2022-575.txt"), in.resolve("575.txt"));
    Files.createDirectories(dir.resolve("out"));
    lock(dir.resolve("out"), "r-x------");
    JvmRun run = JvmRun.unprivileged(dir, "batch", "in", "--out", "out", "--lang", "ru");
    assertEquals(Cli.USAGE, run.exit(), run.err());
    assertEquals("prikaz: out: не удаётся писать в папку результатов: нет доступа\n", run.err());
  }

  @Test
  @Timeout(180)
  void stoppedBySigtermItStillReportsWhatFinished() throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    for (int i = 0; i < 150; i++) {
      Files.copy(SAMPLES.resolve("artem-2020-218.docx"), in.resolve(String.format("%03d.docx", i)));
    }
    JvmRun.Started started = JvmRun.start(dir, null, withArgs("batch", "in", "--out", "out", "--jobs", "1",
        "--lang", "en"));
    Path out = dir.resolve("out");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (count(out) < 3 && System.nanoTime() < deadline && started.process().isAlive()) {
      Thread.sleep(50);
    }
    assertTrue(started.process().isAlive(), "still running when stopped");
    started.process().destroy();  // SIGTERM
    JvmRun run = started.finish();
    assertEquals(143, run.exit(), run.err());

    JsonNode summary = JsonExporter.mapper().readTree(out.resolve("summary.json").toFile());
    assertTrue(summary.get("interrupted").asBoolean());
    int done = summary.at("/counts/parsed").asInt();
    assertTrue(done >= 3 && done < 150, "parsed " + done);
    assertEquals(done, summary.get("files").size());
    assertEquals(List.of("file,kind,message"), Files.readAllLines(out.resolve("failures.csv")));
    assertEquals(done, Files.readAllLines(out.resolve(BatchCommand.MANIFEST)).size(), "every finished input hashed");
    assertTrue(count(out) >= done, "each finished input has its output");
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(List.of(), files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".part")).toList());
    }
  }

  private static List<String> withArgs(String... args) {
    List<String> command = JvmRun.java();
    command.addAll(List.of(args));
    return command;
  }

  private static long count(Path out) throws Exception {
    if (!Files.isDirectory(out)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(out)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".docx.json")).count();
    }
  }

  private static void lock(Path folder, String permissions) throws Exception {
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString(permissions));
  }
}
