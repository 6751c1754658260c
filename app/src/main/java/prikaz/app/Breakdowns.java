package prikaz.app;

/**
 * What a command says when reading one document broke down rather than failed cleanly: out of
 * memory, out of stack, out of time, a worker that died, or a bug. The file is a failure like any
 * other, with a kind for failures.csv and one line for a person, and the run goes on with the next
 * file.
 */
final class Breakdowns {
  private Breakdowns() {}

  /** The failure kind: TIMEOUT, OUT_OF_MEMORY, TOO_COMPLEX (a stack overflow), CRASHED or INTERNAL. */
  static String kind(Throwable e) {
    if (e instanceof ParseBreakdown b) {
      return b.kind().name();
    } else if (e instanceof OutOfMemoryError) {
      return "OUT_OF_MEMORY";
    } else if (e instanceof StackOverflowError) {
      return "TOO_COMPLEX";
    }
    return "INTERNAL";
  }

  /** One line saying what happened, in the language of {@code texts}. */
  static String message(Throwable e, Texts texts) {
    if (e instanceof ParseBreakdown b) {
      return switch (b.kind()) {
        case TIMEOUT -> texts.get("timeout", Long.parseLong(b.detail()));
        case OUT_OF_MEMORY -> texts.get("out-of-memory", Long.parseLong(b.detail()));
        case TOO_COMPLEX -> texts.get("too-deep");
        case CRASHED -> texts.get("worker-crashed", texts.language().equals("ru") ? inRussian(b.detail()) : b.detail());
        case INTERNAL -> texts.get("internal-error", b.detail());
      };
    } else if (e instanceof OutOfMemoryError) {
      return texts.get("out-of-memory", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    } else if (e instanceof StackOverflowError) {
      return texts.get("too-deep");
    }
    return texts.get("internal-error", e);
  }

  /** How a worker ended, in Russian: «killed by signal 9» is «убит сигналом 9». */
  private static String inRussian(String detail) {
    return detail.replaceFirst("^killed by signal (\\d+)$", "убит сигналом $1")
        .replaceFirst("^exit code (-?\\d+)$", "код выхода $1")
        .replaceFirst("^stopped$", "остановлен")
        .replaceFirst("^cannot start: ", "не запустился: ");
  }
}
