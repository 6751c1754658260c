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
  /** A batch whose every failure was a document that is not an order (cover letters among orders). */
  public static final int ONLY_NOT_ORDERS = 4;
  /** With --strict: everything was parsed and written, but a result is doubtful (see Doubts). */
  public static final int DOUBTFUL = 5;

  private Cli() {}

  /**
   * The command line for these arguments, speaking the language they ask for ({@code --lang}) or,
   * without it, the one of the locale variables (LC_ALL, LC_MESSAGES, LANG).
   */
  public static CommandLine commandLine(String[] args) {
    PrikazCommand command = new PrikazCommand();
    command.stderrIsTerminal = stderrIsTerminal();
    command.stdoutIsTerminal = stdoutIsTerminal();
    CommandLine cli = PrikazCommand.commandLine(command, subcommand(args));
    cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    return configure(cli, Texts.language(args, environment()));
  }

  /**
   * The subcommand the arguments run: the first that is neither an option nor the value of
   * {@code --lang} (the only option of {@code prikaz} itself that takes one); null for none.
   */
  static String subcommand(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lang")) {
        i++;
      } else if (!args[i].startsWith("-")) {
        return args[i];
      }
    }
    return null;
  }

  /**
   * The locale variables that choose the language. Where the caller's locale could not read file
   * names (not UTF-8), the {@code ./prikaz} launcher runs the JVM in C.UTF-8 and tells the locale
   * the caller had ({@code -Dprikaz.locale}): that one chooses.
   */
  static java.util.Map<String, String> environment() {
    String told = System.getProperty("prikaz.locale");
    return told == null ? System.getenv() : java.util.Map.of("LC_ALL", told);
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

  /** Whether stdout is a terminal: told by the launcher ({@code [ -t 1 ]}), else a console is taken as a sign. */
  static boolean stdoutIsTerminal() {
    String told = System.getProperty("prikaz.stdout.tty");
    return told != null ? Boolean.parseBoolean(told) : System.console() != null;
  }

  /**
   * Applies the shared settings and the language ({@code ru} or {@code en}) to a command line
   * whose command is a {@link PrikazCommand}; tests call it with their own writers set.
   */
  public static CommandLine configure(CommandLine cli, String language) {
    Texts texts = Texts.of(language);
    ((PrikazCommand) cli.getCommand()).texts = texts;
    cli.setResourceBundle(texts.bundle());
    cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : FAILED);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      // A bug, not a bad document: say so in one line rather than a stack trace.
      commandLine.getErr().println("prikaz: " + texts.get("internal-error", e));
      // For diff, 1 means «the plans differ»: a failure there is trouble (2).
      return commandLine.getCommand() instanceof DiffCommand ? DiffCommand.TROUBLE : FAILED;
    });
    cli.setParameterExceptionHandler((e, args) -> {
      CommandLine failed = e.getCommandLine();
      failed.getErr().println("prikaz: " + UsageErrors.message(e, texts));
      failed.getErr().println(texts.get("try-help", failed.getCommandSpec().qualifiedName()));
      return USAGE;
    });
    return cli;
  }
}
