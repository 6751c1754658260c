package prikaz.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import prikaz.parser.DocumentException;
import prikaz.parser.OrderParser;
import prikaz.parser.TimedParse;
import prikaz.parser.model.Order;

/**
 * Files read in this process ({@code batch --in-process}): no start-up cost, but a file that runs
 * out of heap shares it with the whole batch, and one over the time limit is reported while its
 * thread runs on (see {@link TimedParse}).
 */
final class InProcessParsing implements Parsing {
  private final TimedParse parser;
  private final long timeoutSeconds;

  InProcessParsing(OrderParser parser, long timeoutSeconds) {
    this.parser = new TimedParse(parser, Duration.ofSeconds(timeoutSeconds));
    this.timeoutSeconds = timeoutSeconds;
  }

  @Override
  public Order parse(Path file) throws IOException, DocumentException {
    try {
      return parser.parse(file);
    } catch (TimeoutException | InterruptedException e) {
      throw ParseBreakdown.unfinished(e, timeoutSeconds);
    }
  }

  @Override
  public void close() {}
}
