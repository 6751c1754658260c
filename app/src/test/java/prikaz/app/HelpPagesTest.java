package prikaz.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The stored help pages are the ones picocli prints, for every command, language and colouring. */
class HelpPagesTest {

  private static final List<String> SUBCOMMANDS = List.of("parse", "batch", "diff", "deadline", "serve", "completion");

  @Test
  void everyStoredPageIsWhatPicocliPrintsForTheHelpOption() throws Exception {
    for (String language : List.of("ru", "en")) {
      List<String> commands = new ArrayList<>(SUBCOMMANDS);
      commands.add("prikaz");
      for (String command : commands) {
        String[] args = command.equals("prikaz") ? new String[] {"--help"} : new String[] {command, "--help"};
        for (boolean ansi : List.of(false, true)) {
          String stored = stored(language, command, ansi);
          assertEquals(picocli(language, ansi, args), stored, language + " " + command + (ansi ? " ansi" : ""));
        }
      }
    }
    assertTrue(stored("ru", "parse", false).startsWith("Использование: prikaz parse [-hV]"));
    assertTrue(stored("en", "prikaz", false).startsWith("Usage: prikaz [-hV] [--lang=LANG] [COMMAND]"));
    assertTrue(stored("en", "prikaz", true).contains("\u001B[1m"), "the colour page has ANSI styles");
  }

  @Test
  void theIndexListsEverySubcommandButHelp() throws Exception {
    try (var in = HelpPages.class.getResourceAsStream(HelpPages.INDEX)) {
      assertEquals(String.join("\n", SUBCOMMANDS) + "\n", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void theArgumentsThatAskForAPage() {
    assertEquals("prikaz", HelpPages.command(List.of("--help")));
    assertEquals("prikaz", HelpPages.command(List.of("-h")));
    assertEquals("prikaz", HelpPages.command(List.of("help")));
    assertEquals("parse", HelpPages.command(List.of("parse", "--help")));
    assertEquals("batch", HelpPages.command(List.of("batch", "-h")));
    assertEquals("diff", HelpPages.command(List.of("help", "diff")));
    assertNull(HelpPages.command(List.of()));
    assertNull(HelpPages.command(List.of("parse", "order.txt")));
    assertNull(HelpPages.command(List.of("--help", "parse")));
    assertNull(HelpPages.command(List.of("parse", "--compact", "--help")));
    assertNull(HelpPages.command(List.of("help", "--help")));
    assertNull(HelpPages.command(List.of("-V")));
    assertEquals(List.of("parse", "-h"), HelpPages.withoutLanguage(new String[] {"--lang", "ru", "parse", "-h"}));
    assertEquals(List.of("-h"), HelpPages.withoutLanguage(new String[] {"-h", "--lang=EN"}));
    assertEquals(List.of("--lang", "de", "-h"), HelpPages.withoutLanguage(new String[] {"--lang", "de", "-h"}));
  }

  @Test
  void aPageIsPrintedInTheLanguageAskedFor() {
    Map<String, String> russian = Map.of("LANG", "ru_RU.UTF-8");
    String page = new String(HelpPages.page(new String[] {"parse", "--help"}, russian), StandardCharsets.UTF_8);
    assertTrue(page.startsWith("Использование: prikaz parse"), page);
    page = new String(HelpPages.page(new String[] {"--lang", "en", "help", "serve"}, russian), StandardCharsets.UTF_8);
    assertTrue(page.startsWith("Usage: prikaz serve"), page);
    assertArrayEquals(stored("en", "deadline", false).getBytes(StandardCharsets.UTF_8),
        HelpPages.page(new String[] {"deadline", "-h", "--lang=en"}, russian));
    // Anything else is left to picocli: an unknown command, a wrong language, other options.
    assertNull(HelpPages.page(new String[] {"nosuch", "--help"}, russian));
    assertNull(HelpPages.page(new String[] {"help", "nosuch"}, russian));
    assertNull(HelpPages.page(new String[] {"--lang", "de", "--help"}, russian));
    assertNull(HelpPages.page(new String[] {"parse", "a.txt"}, russian));
  }

  @Test
  void theProgramPrintsTheStoredPageAndEndsWithZero(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    JvmRun run = JvmRun.of(dir, Map.of("LANG", "ru_RU.UTF-8"), "batch", "--help");
    assertEquals(0, run.exit(), run.err());
    assertEquals(stored("ru", "batch", false), run.out());
    assertEquals("", run.err());
  }

  private static String stored(String language, String command, boolean ansi) {
    try (var in = HelpPages.class.getResourceAsStream(
        HelpPages.FOLDER + language + "/" + command + (ansi ? ".ansi" : ".plain") + ".txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException | NullPointerException e) {
      throw new AssertionError("no stored page " + language + "/" + command, e);
    }
  }

  /** What the command line prints for these arguments, run in-process with picocli. */
  private static String picocli(String language, boolean ansi, String... args) {
    StringWriter out = new StringWriter();
    CommandLine cli = PrikazCommand.commandLine(new PrikazCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    Cli.configure(cli, language);
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(ansi ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
    assertEquals(0, cli.execute(args));
    return out.toString().replace(System.lineSeparator(), "\n");
  }
}
