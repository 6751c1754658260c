package prikaz.app;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level {@code prikaz} command; the work is done by its subcommands. */
@Command(
    name = "prikaz",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    resourceBundle = Texts.BUNDLE)  // the English texts; Cli swaps in the language asked for
public final class PrikazCommand implements Runnable {

  /** The subcommands that need no other: a run of one of them is given that one alone. */
  private static final java.util.Map<String, java.util.function.Supplier<Object>> STANDALONE = java.util.Map.of(
      "parse", ParseCommand::new, "batch", BatchCommand::new, "diff", DiffCommand::new,
      "deadline", DeadlineCommand::new, "serve", ServeCommand::new);

  /** The command line of {@code command} with all its subcommands, in the order the help lists them. */
  public static picocli.CommandLine commandLine(PrikazCommand command) {
    picocli.CommandLine cli = new picocli.CommandLine(command);
    for (Object subcommand : List.of(new ParseCommand(), new BatchCommand(), new DiffCommand(), new DeadlineCommand(),
        new ServeCommand(), new CompletionCommand(), new picocli.CommandLine.HelpCommand())) {
      cli.addSubcommand(subcommand);
    }
    return cli;
  }

  /**
   * The command line of {@code command} for a run of the subcommand {@code name}: where it needs no
   * other (not {@code completion}, which lists them all, nor {@code help}), with that subcommand
   * alone, since picocli reads every option of every command it is given by reflection, and the six
   * took a third of a one-file run's start-up; else, or for null, with all of them.
   */
  public static picocli.CommandLine commandLine(PrikazCommand command, String name) {
    java.util.function.Supplier<Object> standalone = name == null ? null : STANDALONE.get(name);
    if (standalone == null) {
      return commandLine(command);
    }
    picocli.CommandLine cli = new picocli.CommandLine(command);
    cli.addSubcommand(standalone.get());
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

  /**
   * Declared for the help and for validation; the language is read from the arguments before
   * parsing ({@link Texts#language}), since the help texts must be chosen before picocli uses them.
   */
  @Option(names = "--lang", paramLabel = "LANG", scope = ScopeType.INHERIT, descriptionKey = "lang",
      converter = LanguageConverter.class)
  String lang;

  public PrikazCommand() {
    this(System.out);
  }

  /** For tests and embedding: data output to {@code stdout} instead of {@link System#out}. */
  public PrikazCommand(java.io.OutputStream stdout) {
    this.stdout = java.util.Objects.requireNonNull(stdout, "stdout must not be null");
  }

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** Accepts ru / en in any case. */
  static final class LanguageConverter implements picocli.CommandLine.ITypeConverter<String> {
    @Override
    public String convert(String value) {
      String language = value.toLowerCase(java.util.Locale.ROOT);
      if (!Texts.LANGUAGES.contains(language)) {
        throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not ru or en");
      }
      return language;
    }
  }
}
