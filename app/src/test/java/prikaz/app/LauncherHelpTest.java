package prikaz.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./prikaz} launcher prints the stored help pages itself, without Java: the same page
 * the jar would print ({@link HelpPages#page}) for the same arguments and environment, and the jar
 * for anything else. The launcher runs in a release folder whose {@code java} is a stand-in that
 * only says it was started, so a page printed is a page the script chose.
 */
class LauncherHelpTest {
  private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples")).toAbsolutePath();
  /** The pages the build stored (HelpPagesWriter, before the tests). */
  private static final Path PAGES = Path.of("target/classes" + HelpPages.FOLDER).toAbsolutePath();
  private static final String JVM = "the jar was started:";

  @TempDir Path release;

  @BeforeEach
  void aReleaseFolderWithAStandInJava() throws Exception {
    Files.copy(SAMPLES.resolve("../prikaz"), release.resolve("prikaz"));
    Files.writeString(release.resolve("prikaz.jar"), "not started");
    try (Stream<Path> pages = Files.walk(PAGES)) {
      for (Path page : pages.toList()) {
        Path copy = release.resolve("help").resolve(PAGES.relativize(page).toString());
        if (Files.isDirectory(page)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(page, copy);
        }
      }
    }
    Path java = release.resolve("bin/java");
    Files.createDirectories(java.getParent());
    Files.writeString(java, "#!/bin/sh\necho \"" + JVM + " $*\"\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @Test
  void theHelpArgumentsGetTheStoredPageInTheLanguageAsked() throws Exception {
    assertPage("en", "prikaz", Map.of(), "--help");
    assertPage("ru", "prikaz", Map.of("LANG", "ru_RU.UTF-8"), "-h");
    assertPage("en", "prikaz", Map.of("LC_ALL", "en_US.UTF-8", "LANG", "ru_RU.UTF-8"), "help");
    assertPage("ru", "parse", Map.of("LC_MESSAGES", "ru_RU.KOI8-R", "LANG", "C"), "parse", "-h");
    assertPage("ru", "batch", Map.of(), "help", "batch", "--lang", "RU");
    assertPage("en", "diff", Map.of("LANG", "ru_RU.UTF-8"), "--lang=en", "diff", "--help");
    assertPage("ru", "deadline", Map.of(), "help", "--lang=RU", "deadline");
    assertPage("en", "prikaz", Map.of("LANG", "ru_RU.UTF-8", "LC_ALL", ""), "--lang", "en", "help", "prikaz");
    assertPage("ru", "serve", Map.of("LC_ALL", "ru_RU.UTF-8"), "serve", "--help");
    assertPage("en", "completion", Map.of(), "help", "completion");
    assertPage("ru", "prikaz", Map.of("LANG", "RU"), "--help");
  }

  @Test
  void theColourIsPicocliChoice() throws Exception {
    assertColouring("ansi", Map.of("CLICOLOR_FORCE", "1"));
    assertColouring("ansi", Map.of("CLICOLOR_FORCE", "yes", "CLICOLOR", "0"));
    assertColouring("plain", Map.of("CLICOLOR_FORCE", "1", "NO_COLOR", ""));
    assertColouring("plain", Map.of("CLICOLOR_FORCE", "0"));
    // Not a terminal (the test's pipes), so no colour without CLICOLOR_FORCE.
    assertColouring("plain", Map.of("CLICOLOR", "1"));
  }

  @Test
  void anythingElseGoesToTheJar() throws Exception {
    assertJar(Map.of(), "--lang", "fr", "--help");
    assertJar(Map.of(), "--lang", "ru", "--lang", "en", "--help");
    assertJar(Map.of(), "help", "nope");
    assertJar(Map.of(), "help", "help");
    assertJar(Map.of(), "help", "../help/en/prikaz");
    assertJar(Map.of(), "parse", "-h", "order.txt");
    assertJar(Map.of(), "--", "--help");
    assertJar(Map.of(), "--help", "parse");
    assertJar(Map.of(), "-V");
    assertJar(Map.of(), "parse", "order.txt");
    // The caller's own JVM options (a usage width, say) may change the page: the jar prints it.
    String shown = launcher(Map.of("PRIKAZ_JAVA_OPTS", "-Dpicocli.usage.width=120"), "--help");
    assertEquals(JVM, shown.substring(0, JVM.length()), shown);
  }

  /** The launcher prints the stored page, and the jar would choose the same one. */
  private void assertPage(String language, String command, Map<String, String> environment, String... args)
      throws Exception {
    String what = String.join(" ", args) + " " + environment;
    assertEquals(Files.readString(PAGES.resolve(language + "/" + command + ".plain.txt")), launcher(environment, args), what);
    assertEquals(command, HelpPages.command(HelpPages.withoutLanguage(args)), what);
    assertEquals(language, Texts.language(args, environment), what);
    if (!picocli.CommandLine.Help.Ansi.AUTO.enabled()) { // this JVM's own environment picks the plain page
      byte[] jar = HelpPages.page(args, environment);
      assertNotNull(jar, what);
      assertArrayEquals(jar, launcher(environment, args).getBytes(StandardCharsets.UTF_8), what);
    }
  }

  private void assertColouring(String colouring, Map<String, String> environment) throws Exception {
    assertEquals(Files.readString(PAGES.resolve("en/prikaz." + colouring + ".txt")), launcher(environment, "--help"),
        environment.toString());
  }

  /** The launcher starts the jar, as the jar prints no stored page for these arguments. */
  private void assertJar(Map<String, String> environment, String... args) throws Exception {
    assertEquals(JVM, launcher(environment, args).substring(0, JVM.length()), String.join(" ", args));
    assertNull(HelpPages.page(args, environment), String.join(" ", args));
  }

  private String launcher(Map<String, String> variables, String... args) throws Exception {
    Map<String, String> environment = new HashMap<>(variables);
    environment.put("PATH", release.resolve("bin") + ":/usr/bin:/bin");
    environment.put("PRIKAZ_NO_CDS", "1");
    List<String> command = new java.util.ArrayList<>(List.of("bash", release.resolve("prikaz").toString()));
    command.addAll(List.of(args));
    JvmRun run = JvmRun.start(release, environment, command).finish();
    assertEquals(0, run.exit(), run.err());
    return run.out();
  }
}
