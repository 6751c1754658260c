package prikaz.app;

/**
 * What a command says when reading one document broke down rather than failed cleanly: out of
 * memory, out of stack, or a bug. The file is a failure like any other, with a kind for
 * failures.csv and one line for a person, and the run goes on with the next file.
 */
final class Breakdowns {
  private Breakdowns() {}

  /** The failure kind: OUT_OF_MEMORY, TOO_COMPLEX (a stack overflow) or INTERNAL. */
  static String kind(Throwable e) {
    if (e instanceof OutOfMemoryError) {
      return "OUT_OF_MEMORY";
    } else if (e instanceof StackOverflowError) {
      return "TOO_COMPLEX";
    }
    return "INTERNAL";
  }

  /** One line saying what happened, in the language of {@code texts}. */
  static String message(Throwable e, Texts texts) {
    if (e instanceof OutOfMemoryError) {
      return texts.get("out-of-memory", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    } else if (e instanceof StackOverflowError) {
      return texts.get("too-deep");
    }
    return texts.get("internal-error", e);
  }
}
