package prikaz.app;

import picocli.CommandLine.Command;

/** The top-level {@code prikaz} command; the work is done by its subcommands. */
@Command(
    name = "prikaz",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Turns Russian administrative orders (ПРИКАЗ with a plan table) into structured plans.",
    subcommands = {ParseCommand.class, BatchCommand.class, CompletionCommand.class, picocli.CommandLine.HelpCommand.class})
public final class PrikazCommand implements Runnable {

  /** Where data goes when no output file is given: bytes, since CSV may be windows-1251. */
  final java.io.OutputStream stdout;

  /** Whether stderr is a terminal (progress bars are drawn only there); false unless told. */
  boolean stderrIsTerminal;

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
}
