package prikaz.app;

/** The launcher: the only place that calls {@link System#exit}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    byte[] help = HelpPages.page(args, Cli.environment());
    if (help != null) {
      System.out.write(help, 0, help.length);
      System.out.flush();
      System.exit(Cli.OK);
    }
    System.exit(Cli.commandLine(arguments(args)).execute(arguments(args)));
  }

  /**
   * The arguments to run: as given, but for a jar double-clicked in a file manager — no
   * arguments, no console and not started by the {@code prikaz} launchers, which say whether
   * stdout is a terminal — which starts the page for clerks and opens the browser at it
   * (printing usage to an invisible stderr would look like nothing happened).
   */
  static String[] arguments(String[] args) {
    boolean doubleClicked = args.length == 0 && System.console() == null
        && System.getProperty("prikaz.stdout.tty") == null;
    return doubleClicked ? new String[] {"serve", "--open"} : args;
  }
}
