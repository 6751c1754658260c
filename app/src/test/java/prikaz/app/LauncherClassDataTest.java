package prikaz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which Java the {@code ./prikaz} launcher runs and which class data it makes and hands on: a
 * dynamic class-data archive before Java 25, an ahead-of-time cache from Java 25 on, made once by
 * a training run on the bundled sample and again when the jar is newer. The Java is a stand-in
 * that writes down each start and makes the file it is asked to make.
 */
class LauncherClassDataTest {
  private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples")).toAbsolutePath();

  @TempDir Path dir;
  private Path release;
  private Path javaHome;
  private Path starts;

  @BeforeEach
  void aReleaseFolderAndAJavaHome() throws Exception {
    release = Files.createDirectories(dir.resolve("prikaz-1.0"));
    Files.copy(SAMPLES.resolve("../prikaz"), release.resolve("prikaz"));
    Files.writeString(release.resolve("prikaz.jar"), "a jar");
    Files.createDirectories(release.resolve("samples"));
    Files.copy(SAMPLES.resolve("artem-2020-218.txt"), release.resolve("samples/artem-2020-218.txt"));
    javaHome = Files.createDirectories(dir.resolve("jdk/bin")).getParent();
    starts = dir.resolve("starts.txt");
    Path java = javaHome.resolve("bin/java");
    Files.writeString(java, """
        #!/bin/bash
        echo "$*" >>'%s'
        for argument in "$@"; do
          case "$argument" in
            -XX:AOTCacheOutput=* | -XX:ArchiveClassesAtExit=*) echo made >"${argument#*=}" ;;
          esac
        done
        """.formatted(starts));
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @Test
  void java25GetsAnAheadOfTimeCacheMadeOnceAndHandedToTheWorkers() throws Exception {
    release("JAVA_VERSION=\"25.0.1\"");
    List<String> first = launch("parse", "order.txt");
    assertEquals(2, first.size(), String.join("\n", first));
    Path cache = onlyFile("*.aot");
    assertTrue(first.get(0).contains("-XX:AOTCacheOutput=" + cache + "."), first.get(0));
    assertTrue(first.get(0).endsWith("-jar " + release.resolve("prikaz.jar") + " parse "
        + release.resolve("samples/artem-2020-218.txt")), first.get(0));
    assertTrue(first.get(1).contains("-XX:AOTCache=" + cache + " -Dprikaz.class-data=" + cache + " "), first.get(1));
    assertTrue(first.get(1).endsWith(" parse order.txt"), first.get(1));
    assertTrue(!first.get(1).contains("SharedArchiveFile"), first.get(1));

    List<String> second = launch("parse", "order.txt");
    assertEquals(List.of(first.get(1)), second, "made once, then used");

    Files.setLastModifiedTime(release.resolve("prikaz.jar"), FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    List<String> newJar = launch("parse", "order.txt");
    assertEquals(2, newJar.size(), "a newer jar trains a new cache: " + newJar);
    assertTrue(newJar.get(0).contains("-XX:AOTCacheOutput="), newJar.get(0));
    try (Stream<Path> parts = Files.list(release)) {
      assertEquals(List.of(), parts.filter(f -> f.toString().endsWith(".part")).toList(), "no half-made cache is left");
    }
    onlyFile("*.aot"); // the earlier jar's cache is gone

    // A release's jar has the same time in every version: an upgrade unzipped over the old one is
    // told by its size.
    FileTime time = Files.getLastModifiedTime(release.resolve("prikaz.jar"));
    Files.writeString(release.resolve("prikaz.jar"), "a jar of the next version");
    Files.setLastModifiedTime(release.resolve("prikaz.jar"), time);
    List<String> upgrade = launch("parse", "order.txt");
    assertEquals(2, upgrade.size(), "another jar of the same time trains a new cache: " + upgrade);
    assertTrue(upgrade.get(1).contains("-XX:AOTCache=" + onlyFile("*.aot") + " "), upgrade.get(1));
  }

  @Test
  void java17GetsADynamicClassDataArchive() throws Exception {
    release("IMPLEMENTOR=\"Debian\"\nJAVA_VERSION=\"17.0.15\"\nJAVA_RUNTIME_VERSION=\"17.0.15+6\"");
    List<String> first = launch("parse", "order.txt");
    assertEquals(2, first.size(), String.join("\n", first));
    Path archive = onlyFile("*.jsa");
    assertTrue(first.get(0).contains("-XX:ArchiveClassesAtExit=" + archive + "."), first.get(0));
    assertTrue(first.get(1).contains("-XX:ArchiveRelocationMode=0 -XX:SharedArchiveFile=" + archive
        + " -Dprikaz.class-data=" + archive + " "), first.get(1));
    assertTrue(!first.get(1).contains("AOTCache"), first.get(1));
  }

  @Test
  void aJavaWithoutAReleaseFileIsTakenAsBefore25() throws Exception {
    launch("parse", "order.txt");
    onlyFile("*.jsa");
  }

  @Test
  void withoutJavaTheLauncherSaysWhatToInstall() throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    for (String tool : List.of("readlink", "cksum", "locale", "dirname", "find", "mv", "rm", "cat")) {
      Path program = Path.of("/usr/bin", tool);
      Files.createSymbolicLink(bin.resolve(tool), Files.exists(program) ? program : Path.of("/bin", tool));
    }
    JvmRun run = JvmRun.start(release, Map.of("PATH", bin.toString(), "JAVA_HOME", dir.resolve("nowhere").toString()),
        List.of("/bin/bash", release.resolve("prikaz").toString(), "parse", "order.txt")).finish();
    assertEquals(2, run.exit());
    assertEquals("prikaz: Java 17 or later is needed: install it (apt-get install openjdk-17-jre-headless) or set JAVA_HOME\n",
        run.err());
  }

  private void release(String text) throws Exception {
    Files.writeString(javaHome.resolve("release"), text + "\n");
  }

  private Path onlyFile(String glob) throws Exception {
    List<Path> found = new ArrayList<>();
    try (var files = Files.newDirectoryStream(release, glob)) {
      files.forEach(found::add);
    }
    assertEquals(1, found.size(), glob + ": " + found);
    return found.get(0);
  }

  /** Runs the launcher with the stand-in Java as JAVA_HOME's; the starts of Java it made. */
  private List<String> launch(String... args) throws Exception {
    Files.deleteIfExists(starts);
    Map<String, String> environment = new HashMap<>();
    environment.put("PATH", "/usr/bin:/bin");
    environment.put("JAVA_HOME", javaHome.toString());
    environment.put("LANG", "C.UTF-8");
    List<String> command = new ArrayList<>(List.of("bash", release.resolve("prikaz").toString()));
    command.addAll(List.of(args));
    JvmRun run = JvmRun.start(release, environment, command).finish();
    assertEquals(0, run.exit(), run.err());
    return Files.readAllLines(starts);
  }
}
