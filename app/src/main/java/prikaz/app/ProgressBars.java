package prikaz.app;

import java.io.PrintWriter;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress bars on stderr (tongfei's progressbar), redrawn in place with a carriage return. */
final class ProgressBars {
  private ProgressBars() {}

  static ProgressBarBuilder builder(PrintWriter err, String task, String unit, long total, int width) {
    return new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(total)
        .setUnit(" " + unit, 1)
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(250)
        .setConsumer(new DelegatingProgressBarConsumer(line -> {
          err.print('\r');
          err.print(line);
          err.flush();
        }, width));
  }

  /** Ends a bar: its last state stays on screen, the next output starts on a new line. */
  static void close(ProgressBar bar, PrintWriter err) {
    bar.close();
    err.println();
    err.flush();
  }
}
