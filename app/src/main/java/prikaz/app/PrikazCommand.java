package prikaz.app;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/**
 * The top-level {@code prikaz} command; the work is done by its subcommands. The commands are
 * declared in code ({@link CommandSpecs}); their texts come from the language's bundle, which
 * {@link Cli#configure} sets.
 */
public final class PrikazCommand implements Runnable {

  /** The subcommands' names, in the order the help lists them. */
  static final List<String> SUBCOMMANDS = List.of("parse", "batch", "diff", "deadline", "serve", "completion", "help");
  /** The subcommands that list the others, and so are never given alone. */
  private static final java.util.Set<String> LISTING_OTHERS = java.util.Set.of("completion", "help");

  /** The subcommand {@code name}, its parent this command. */
  private CommandLine subcommand(String name) {
    CommandSpec spec = switch (name) {
      case "parse" -> new ParseCommand(this).spec();
      case "batch" -> new BatchCommand(this).spec();
      case "diff" -> new DiffCommand(this).spec();
      case "deadline" -> new DeadlineCommand(this).spec();
      case "serve" -> new ServeCommand(this).spec();
      case "completion" -> new CompletionCommand(this).spec();
      case "help" -> CommandSpec.forAnnotatedObject(new CommandLine.HelpCommand(), CommandSpecs.FACTORY);
      default -> throw new IllegalArgumentException("no subcommand " + name);
    };
    return new CommandLine(spec, CommandSpecs.FACTORY);
  }

  /** The command line of {@code command} with all its subcommands, in the order the help lists them. */
  public static CommandLine commandLine(PrikazCommand command) {
    return commandLine(command, null);
  }

  /**
   * The command line of {@code command} for a run of the subcommand {@code name}: where it needs no
   * other (not {@code completion}, which lists them all, nor {@code help}), with that subcommand
   * alone, since each command's options take time to declare; else, or for null, with all of them.
   */
  public static CommandLine commandLine(PrikazCommand command, String name) {
    CommandSpec spec = CommandSpecs.command("prikaz", command).versionProvider(new VersionProvider());
    // Declared for the help and for validation; the language is read from the arguments before
    // parsing (Texts.language), since the help texts must be chosen before picocli uses them.
    spec.addOption(OptionSpec.builder("--lang").paramLabel("LANG").type(String.class).scopeType(ScopeType.INHERIT)
        .descriptionKey("lang").converters(new LanguageConverter()).build());
    command.spec = spec;
    CommandLine cli = new CommandLine(spec, CommandSpecs.FACTORY);
    boolean alone = name != null && SUBCOMMANDS.contains(name) && !LISTING_OTHERS.contains(name);
    for (String subcommand : SUBCOMMANDS) {
      if (!alone || subcommand.equals(name)) {
        cli.addSubcommand(subcommand, command.subcommand(subcommand));
      }
    }
    return cli;
  }

  /** Where data goes when no output file is given: bytes, since CSV may be windows-1251. */
  final java.io.OutputStream stdout;

  /** Whether stderr is a terminal (progress bars are drawn only there); false unless told. */
  boolean stderrIsTerminal;

  /** Whether stdout is a terminal (the diff report is coloured and is the default there); false unless told. */
  boolean stdoutIsTerminal;

  /** Messages in the language of the run; set by {@link Cli#configure}. */
  Texts texts = Texts.of("en");

  public PrikazCommand() {
    this(System.out);
  }

  /** For tests and embedding: data output to {@code stdout} instead of {@link System#out}. */
  public PrikazCommand(java.io.OutputStream stdout) {
    this.stdout = java.util.Objects.requireNonNull(stdout, "stdout must not be null");
  }

  private CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** Accepts ru / en in any case. */
  static final class LanguageConverter implements CommandLine.ITypeConverter<String> {
    @Override
    public String convert(String value) {
      String language = value.toLowerCase(java.util.Locale.ROOT);
      if (!Texts.LANGUAGES.contains(language)) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not ru or en");
      }
      return language;
    }
  }
}
