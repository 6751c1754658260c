package prikaz.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level {@code prikaz} command; the work is done by its subcommands. */
@Command(
    name = "prikaz",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    resourceBundle = Texts.BUNDLE,  // the English texts; Cli swaps in the language asked for
    subcommands = {ParseCommand.class, BatchCommand.class, DiffCommand.class, DeadlineCommand.class, ServeCommand.class, CompletionCommand.class, picocli.CommandLine.HelpCommand.class})
public final class PrikazCommand implements Runnable {

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
