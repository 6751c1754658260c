package prikaz.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * A {@code prikaz} command run in-process with its streams captured: {@code out} is data and help
 * text together, {@code data} the raw bytes of the data, {@code err} with line ends as LF.
 */
record Run(int exit, String out, String err, byte[] data) {

  static Run of(String... args) {
    return run(false, args);
  }

  /** As {@link #of}, with stdout taken for a terminal. */
  static Run onTerminal(String... args) {
    return run(true, args);
  }

  private static Run run(boolean terminal, String... args) {
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrikazCommand command = new PrikazCommand(data);
    command.stdoutIsTerminal = terminal;
    CommandLine cli = PrikazCommand.commandLine(command, Cli.subcommand(args));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = Cli.configure(cli, Texts.language(args, java.util.Map.of())).execute(args);
    return new Run(exit, data.toString(StandardCharsets.UTF_8) + out, err.toString().replace("\r\n", "\n"),
        data.toByteArray());
  }
}
