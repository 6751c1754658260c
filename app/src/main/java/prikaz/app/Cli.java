package prikaz.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Builds the command line with its exception handler and exit codes wired in one place. */
public final class Cli {

  /** Every document parsed and written. */
  public static final int OK = 0;
  /** Some documents could not be parsed or written. */
  public static final int FAILED = 1;
  /** The command line itself was wrong. */
  public static final int USAGE = 2;
  /** A batch in which no document could be parsed. */
  public static final int NOTHING_PARSED = 3;

  private Cli() {}

  public static CommandLine commandLine() {
    PrikazCommand command = new PrikazCommand();
    command.stderrIsTerminal = stderrIsTerminal();
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    return configure(cli);
  }

  /**
   * Java cannot ask whether stderr alone is a terminal: the {@code ./prikaz} launcher tells it
   * ({@code -Dprikaz.stderr.tty}, from the shell's {@code [ -t 2 ]}); without it, a console on
   * stdin and stdout is taken as a sign.
   */
  static boolean stderrIsTerminal() {
    String told = System.getProperty("prikaz.stderr.tty");
    return told != null ? Boolean.parseBoolean(told) : System.console() != null;
  }

  /** Applies the shared settings; tests call it with their own writers set. */
  public static CommandLine configure(CommandLine cli) {
    cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : FAILED);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      // A bug, not a bad document: say so in one line rather than a stack trace.
      commandLine.getErr().println("prikaz: internal error: " + e);
      return FAILED;
    });
    cli.setParameterExceptionHandler((e, args) -> {
      CommandLine failed = e.getCommandLine();
      failed.getErr().println("prikaz: " + e.getMessage());
      failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more information.");
      return USAGE;
    });
    return cli;
  }
}
