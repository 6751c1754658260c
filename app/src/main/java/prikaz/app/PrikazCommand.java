package prikaz.app;

import picocli.CommandLine.Command;

/** The top-level {@code prikaz} command; the work is done by its subcommands. */
@Command(
    name = "prikaz",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Turns Russian administrative orders (ПРИКАЗ with a plan table) into structured plans.",
    subcommands = {ParseCommand.class, picocli.CommandLine.HelpCommand.class})
public final class PrikazCommand implements Runnable {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
