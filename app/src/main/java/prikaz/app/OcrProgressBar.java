package prikaz.app;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import prikaz.parser.OcrProgress;

/**
 * OCR's page count drawn as a progress bar on stderr (tongfei's progressbar), for a document of
 * more than one page; nothing for one page. The bar is redrawn in place with a carriage return and
 * ends with a new line when closed.
 */
final class OcrProgressBar implements OcrProgress, AutoCloseable {
  private static final int WIDTH = 79;
  private final PrintWriter err;
  private final String unit;
  private ProgressBar bar;

  OcrProgressBar(PrintWriter err, String unit) {
    this.err = err;
    this.unit = unit;
  }

  @Override
  public synchronized void pageDone(int done, int total) {
    if (total < 2) {
      return;
    }
    if (bar == null) {
      bar = ProgressBars.builder(err, "OCR", unit, total, WIDTH).build();
    }
    bar.stepTo(done);
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      ProgressBars.close(bar, err);
      bar = null;
    }
  }
}
