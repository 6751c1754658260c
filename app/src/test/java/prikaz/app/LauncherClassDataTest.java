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
 * a training run on the bundled sample and again for another jar, one for each Java; a Java older
 * than 17 is passed over. The Java is a stand-in that writes down each start and makes the file it
 * is asked to make.
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
    starts = dir.resolve("starts.txt");
    javaHome = standInJava("jdk", null);
  }

  /**
   * A Java home {@code name} whose java writes its start into {@link #starts} («name: arguments»)
   * and makes the archive it is asked to make; {@code releaseFile} is its release file, null for none.
   */
  private Path standInJava(String name, String releaseFile) throws Exception {
    Path home = Files.createDirectories(dir.resolve(name + "/bin")).getParent();
    Path java = home.resolve("bin/java");
    Files.writeString(java, """
        #!/bin/bash
        echo "%s: $*" >>'%s'
        for argument in "$@"; do
          case "$argument" in
            -XX:AOTCacheOutput=* | -XX:ArchiveClassesAtExit=*) echo made >"${argument#*=}" ;;
          esac
        done
        """.formatted(name, starts));
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    if (releaseFile != null) {
      Files.writeString(home.resolve("release"), releaseFile + "\n");
    }
    return home;
  }

  @Test
  void java25GetsAnAheadOfTimeCacheMadeOnceAndHandedToTheWorkers() throws Exception {
    release("JAVA_VERSION=\"25.0.1\"");
    List<String> first = launch("parse", "order.txt");
    assertEquals(2, first.size(), String.join("\n", first));
    Path cache = onlyFile("*.aot");
    assertTrue(first.get(0).startsWith("-Xmx400m "), "trained with the runs' heap bound: " + first.get(0));
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
    // told by its size and change time.
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
    assertRefused(dir.resolve("nowhere"), tools().toString());
  }

  @Test
  void aJavaHomeOlderThan17GivesWayToTheJavaOnThePath() throws Exception {
    Path old = standInJava("jdk11", "JAVA_VERSION=\"11.0.2\"");
    standInJava("jdk17", "JAVA_VERSION=\"17.0.15\"");
    List<String> starts = launch(old, dir.resolve("jdk17/bin") + ":/usr/bin:/bin", "parse", "order.txt");
    assertEquals(2, starts.size(), starts.toString());
    assertTrue(starts.stream().allMatch(start -> start.startsWith("jdk17: ")), starts.toString());
    // And an old Java on the PATH too: the one-line message.
    Path java8 = standInJava("jdk8", "JAVA_VERSION=\"1.8.0_392\"");
    assertRefused(old, java8.resolve("bin") + ":" + tools());
  }

  @Test
  void twoJavasKeepAnArchiveEach() throws Exception {
    Path other = standInJava("jdk25b", "JAVA_VERSION=\"25.0.2\"");
    release("JAVA_VERSION=\"25.0.1\"");
    assertEquals(2, launch(javaHome, "/usr/bin:/bin", "parse", "order.txt").size());
    assertEquals(2, launch(other, "/usr/bin:/bin", "parse", "order.txt").size());
    assertEquals(1, launch(javaHome, "/usr/bin:/bin", "parse", "order.txt").size(), "the first Java's cache is still there");
    assertEquals(1, launch(other, "/usr/bin:/bin", "parse", "order.txt").size(), "and the second's");
  }

  /** The launcher with these JAVA_HOME and PATH says in one line that Java 17 is needed, and exits with 2. */
  private void assertRefused(Path home, String path) throws Exception {
    JvmRun run = JvmRun.start(release, Map.of("PATH", path, "JAVA_HOME", home.toString()),
        List.of("/bin/bash", release.resolve("prikaz").toString(), "parse", "order.txt")).finish();
    assertEquals(2, run.exit());
    assertEquals("prikaz: Java 17 or later is needed: install it (apt-get install openjdk-17-jre-headless) or set JAVA_HOME\n",
        run.err());
  }

  /** A folder of the programs the launcher uses, without java. */
  private Path tools() throws Exception {
    Path bin = dir.resolve("tools");
    if (!Files.isDirectory(bin)) {
      Files.createDirectories(bin);
      for (String tool : List.of("readlink", "cksum", "locale", "dirname", "find", "mv", "rm", "cat", "stat")) {
        Path program = Path.of("/usr/bin", tool);
        Files.createSymbolicLink(bin.resolve(tool), Files.exists(program) ? program : Path.of("/bin", tool));
      }
    }
    return bin;
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

  /** Runs the launcher with the stand-in Java as JAVA_HOME's; the starts of Java it made, less its name. */
  private List<String> launch(String... args) throws Exception {
    return launch(javaHome, "/usr/bin:/bin", args).stream().map(start -> start.substring(start.indexOf(": ") + 2)).toList();
  }

  /** Runs the launcher with {@code home} as JAVA_HOME and {@code path} as PATH; the starts of Java it made. */
  private List<String> launch(Path home, String path, String... args) throws Exception {
    Files.deleteIfExists(starts);
    Map<String, String> environment = new HashMap<>();
    environment.put("PATH", path);
    environment.put("JAVA_HOME", home.toString());
    environment.put("LANG", "C.UTF-8");
    List<String> command = new ArrayList<>(List.of("bash", release.resolve("prikaz").toString()));
    command.addAll(List.of(args));
    JvmRun run = JvmRun.start(release, environment, command).finish();
    assertEquals(0, run.exit(), run.err());
    return Files.exists(starts) ? Files.readAllLines(starts) : List.of();
  }
}
