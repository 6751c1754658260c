package prikaz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prikaz.app.export.JsonExporter;

/**
 * Cyrillic file names with no UTF-8 locale (cron, {@code env -i}, a bare container): the JVM reads
 * file names in the locale's character set, so the {@code ./prikaz} launcher runs it in C.UTF-8;
 * the jar started bare says what to do in one line, and a batch goes on with the other files.
 */
class LocaleFreeNamesTest {
  private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples")).toAbsolutePath();
  private static final Map<String, String> BARE = Map.of("PATH", System.getenv("PATH"));

  @TempDir Path dir;

  @Test
  void theLauncherReadsCyrillicNamesWithoutAUtf8Locale() throws Exception {
    Path launcher = launcher();
    Path work = dir.resolve("work");
    Files.createDirectories(work.resolve("приказы/2022"));
    Files.copy(SAMPLES.resolve("anzhero-sudzhensk-2022-575.txt"), work.resolve("приказ.txt"));
    Files.copy(SAMPLES.resolve("artem-2020-218.txt"), work.resolve("приказы/2022/приказ № 218.txt"));

    JvmRun parse = JvmRun.start(work, BARE, List.of("bash", launcher.toString(), "parse", "приказ.txt")).finish();
    assertEquals(0, parse.exit(), parse.err());
    JsonNode order = JsonExporter.mapper().readTree(parse.out());
    assertEquals("575", order.at("/header/number").asText());
    assertEquals("приказ.txt", order.at("/source/file").asText());

    JvmRun batch = JvmRun.start(work, BARE, List.of("bash", launcher.toString(), "batch", "приказы", "--out",
        "результаты")).finish();
    assertEquals(0, batch.exit(), batch.err());
    assertEquals("218", BatchFilesTest.number(work.resolve("результаты/2022/приказ № 218.txt.json")));

    // The language stays the caller's, though the locale it named cannot read the names (nor is installed).
    JvmRun russian = JvmRun.start(work, Map.of("PATH", System.getenv("PATH"), "LANG", "ru_RU.KOI8-R"),
        List.of("bash", launcher.toString(), "parse", "нет такого.txt")).finish();
    assertEquals("prikaz: нет такого.txt: файл не найден\n", russian.err());
  }

  @Test
  void theJarStartedBareSaysWhatToDoAndABatchGoesOn() throws Exception {
    Path work = dir.resolve("work");
    Files.createDirectories(work.resolve("in"));
    Files.copy(SAMPLES.resolve("anzhero-sudzhensk-2022-575.txt"), work.resolve("приказ.txt"));
    Files.copy(SAMPLES.resolve("anzhero-sudzhensk-2022-575.txt"), work.resolve("in/приказ.txt"));
    Files.copy(SAMPLES.resolve("artem-2020-218.txt"), work.resolve("in/218.txt"));

    JvmRun parse = JvmRun.of(work, BARE, "parse", "приказ.txt");
    assertEquals(Cli.FAILED, parse.exit(), parse.err());
    assertTrue(parse.err().matches("prikaz: .*: the file name cannot be spelled in the locale's character set "
        + "\\(.+\\): run with a UTF-8 locale, e.g. LC_ALL=C.UTF-8\n"), parse.err());

    JvmRun batch = JvmRun.of(work, BARE, "batch", "in", "--out", "out");
    assertEquals(Cli.FAILED, batch.exit(), batch.err());
    assertFalse(batch.err().contains("internal error"), batch.err());
    assertTrue(batch.err().contains("parsed 1, failed 1"), batch.err());
    assertEquals("218", BatchFilesTest.number(work.resolve("out/218.txt.json")));
  }

  /**
   * A copy of the {@code ./prikaz} launcher beside a jar that runs this build's classes: a jar
   * whose manifest names the test class path, so the launcher finds «its» jar and needs no build.
   */
  private Path launcher() throws Exception {
    Path checkout = dir.resolve("checkout");
    Files.createDirectories(checkout.resolve("app/target"));
    Path script = checkout.resolve("prikaz");
    Files.copy(SAMPLES.resolve("../prikaz"), script);
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    List<String> classPath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      classPath.add(Path.of(entry).toUri().toString());
    }
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
    manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
    try (OutputStream out = Files.newOutputStream(checkout.resolve("app/target/prikaz.jar"));
        JarOutputStream jar = new JarOutputStream(out, manifest)) {
      jar.flush();
    }
    return script;
  }
}
