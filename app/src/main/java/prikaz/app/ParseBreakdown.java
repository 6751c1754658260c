package prikaz.app;

/**
 * Reading one document broke down rather than failed cleanly, as told by the worker that read it
 * or by the clock: it ran past the time limit ({@code TIMEOUT}), ran out of heap
 * ({@code OUT_OF_MEMORY}), out of stack ({@code TOO_COMPLEX}), hit a bug ({@code INTERNAL}) or
 * its worker process ended without answering ({@code CRASHED}). {@link Breakdowns} words it.
 */
final class ParseBreakdown extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The failure kinds, as failures.csv names them. */
  enum Kind {
    TIMEOUT,
    OUT_OF_MEMORY,
    TOO_COMPLEX,
    INTERNAL,
    CRASHED
  }

  private final Kind kind;
  private final String detail;

  /**
   * @param detail what the message needs: the seconds allowed (TIMEOUT), the heap in MiB
   *     (OUT_OF_MEMORY), the error (INTERNAL), how the worker ended (CRASHED); else empty
   */
  ParseBreakdown(Kind kind, String detail) {
    super(kind + (detail.isEmpty() ? "" : ": " + detail), null, false, false);
    this.kind = kind;
    this.detail = detail;
  }

  static ParseBreakdown timeout(long seconds) {
    return new ParseBreakdown(Kind.TIMEOUT, Long.toString(seconds));
  }

  /**
   * A {@link prikaz.parser.TimedParse} that gave no result: past its limit of {@code seconds}
   * (TIMEOUT), or this thread was interrupted while it waited (INTERNAL; the interrupt is kept).
   */
  static ParseBreakdown unfinished(Exception e, long seconds) {
    if (e instanceof InterruptedException) {
      Thread.currentThread().interrupt();
      return new ParseBreakdown(Kind.INTERNAL, "interrupted");
    }
    return timeout(seconds);
  }

  Kind kind() {
    return kind;
  }

  String detail() {
    return detail;
  }
}
