package prikaz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A run given only the subcommand it runs behaves as with all of them. */
class SubcommandChoiceTest {

  @Test
  void theSubcommandIsTheFirstArgumentThatIsNoOptionNorTheLanguage() {
    assertEquals("parse", Cli.subcommand(new String[] {"--lang", "ru", "parse", "a.txt"}));
    assertEquals("batch", Cli.subcommand(new String[] {"--lang=en", "batch", "in"}));
    assertEquals("diff", Cli.subcommand(new String[] {"diff", "--lang", "ru", "a", "b"}));
    assertNull(Cli.subcommand(new String[] {"-V"}));
    assertNull(Cli.subcommand(new String[] {"--lang", "ru"}));
  }

  @Test
  void usageErrorsAreTheSameWithOneSubcommandAsWithAll() {
    List<String[]> runs = List.of(
        new String[] {"parse", "--frmat", "json", "a.txt"},
        new String[] {"parse"},
        new String[] {"parse", "--ocr", "sometimes", "a.txt"},
        new String[] {"batch", "--jobs", "many", "in"},
        new String[] {"diff", "only-one.json"},
        new String[] {"deadline"},
        new String[] {"serve", "--port", "eighty"},
        new String[] {"--lang", "ru", "parse", "--format", "pdf", "a.txt"});
    for (String[] args : runs) {
      String[] alone = run(PrikazCommand.commandLine(new PrikazCommand(ByteArrayOutputStream.nullOutputStream()),
          Cli.subcommand(args)), args);
      String[] all = run(PrikazCommand.commandLine(new PrikazCommand(ByteArrayOutputStream.nullOutputStream())), args);
      assertEquals(List.of(all), List.of(alone), String.join(" ", args));
      assertEquals("2", alone[0], String.join(" ", args) + ": " + alone[1]);
      assertTrue(alone[1].startsWith("prikaz: "), alone[1]);
    }
  }

  @Test
  void completionIsGivenEveryCommand() {
    CommandLine cli = PrikazCommand.commandLine(new PrikazCommand(), "completion");
    assertEquals(List.of("parse", "batch", "diff", "deadline", "serve", "completion", "help"),
        List.copyOf(cli.getSubcommands().keySet()));
    assertEquals(List.of("parse"), List.copyOf(PrikazCommand.commandLine(new PrikazCommand(), "parse")
        .getSubcommands().keySet()));
  }

  /** The exit code, stderr and stdout of a run. */
  private static String[] run(CommandLine cli, String[] args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = Cli.configure(cli, Texts.language(args, java.util.Map.of())).execute(args);
    return new String[] {Integer.toString(exit), err.toString(), out.toString()};
  }
}
