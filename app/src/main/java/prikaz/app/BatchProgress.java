package prikaz.app;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;

/** Failure lines as they happen; a progress bar below them when stderr is a terminal. */
final class BatchProgress implements AutoCloseable {
  private final ProgressBar bar;
  private final PrintWriter terminal;
  private final Texts texts;
  private int failed;

  BatchProgress(PrintWriter terminal, int total, Texts texts) {
    this.terminal = terminal;
    this.texts = texts;
    this.bar = terminal == null ? null
        : ProgressBars.builder(terminal, "prikaz", texts.get("progress-files"), total, 100).showSpeed().build();
  }

  synchronized void done(BatchOutcome outcome, PrintWriter err) {
    if (outcome.failureKind() != null) {
      failed++;
      if (bar != null) {
        err.print("\r\033[K");
      }
      err.println("prikaz: " + outcome.input().file() + ": " + outcome.message());
      err.flush();
    }
    if (bar != null) {
      bar.setExtraMessage(failed == 0 ? "" : " " + texts.get("progress-failed", failed));
      bar.step();
    }
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      ProgressBars.close(bar, terminal);
    }
  }
}
