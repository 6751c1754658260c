package prikaz.app;

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

  /** The subcommands, by name, in the order the help lists them. */
  private static final java.util.Map<String, java.util.function.Supplier<Object>> SUBCOMMANDS = subcommands();
  /** The subcommands that list the others, and so are never given alone. */
  private static final java.util.Set<String> LISTING_OTHERS = java.util.Set.of("completion", "help");

  private static java.util.Map<String, java.util.function.Supplier<Object>> subcommands() {
    java.util.Map<String, java.util.function.Supplier<Object>> all = new java.util.LinkedHashMap<>();
    all.put("parse", ParseCommand::new);
    all.put("batch", BatchCommand::new);
    all.put("diff", DiffCommand::new);
    all.put("deadline", DeadlineCommand::new);
    all.put("serve", ServeCommand::new);
    all.put("completion", CompletionCommand::new);
    all.put("help", picocli.CommandLine.HelpCommand::new);
    return java.util.Collections.unmodifiableMap(all);
  }

  /** The command line of {@code command} with all its subcommands, in the order the help lists them. */
  public static picocli.CommandLine commandLine(PrikazCommand command) {
    return commandLine(command, null);
  }

  /**
   * The command line of {@code command} for a run of the subcommand {@code name}: where it needs no
   * other (not {@code completion}, which lists them all, nor {@code help}), with that subcommand
   * alone, since picocli reads every option of every command it is given by reflection, and the six
   * took a third of a one-file run's start-up; else, or for null, with all of them.
   */
  public static picocli.CommandLine commandLine(PrikazCommand command, String name) {
    picocli.CommandLine cli = new picocli.CommandLine(command);
    boolean alone = SUBCOMMANDS.containsKey(name) && !LISTING_OTHERS.contains(name);
    for (var subcommand : SUBCOMMANDS.entrySet()) {
      if (!alone || subcommand.getKey().equals(name)) {
        cli.addSubcommand(subcommand.getValue().get());
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
