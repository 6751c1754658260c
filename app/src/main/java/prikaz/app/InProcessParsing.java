package prikaz.app;

import java.io.IOException;
import java.nio.file.Path;
import prikaz.parser.DocumentException;
import prikaz.parser.OrderParser;
import prikaz.parser.model.Order;

/**
 * Files read in this process ({@code batch --in-process}): no start-up cost, but a file that runs
 * out of heap shares it with the whole batch, and one over the time limit is reported while its
 * thread runs on (see {@link TimedCall}).
 */
final class InProcessParsing implements Parsing {
  private final OrderParser parser;
  private final long timeoutSeconds;

  InProcessParsing(OrderParser parser, long timeoutSeconds) {
    this.parser = parser;
    this.timeoutSeconds = timeoutSeconds;
  }

  @Override
  public Order parse(Path file) throws IOException, DocumentException {
    return TimedCall.within(timeoutSeconds, () -> parser.parse(file));
  }

  @Override
  public void close() {}
}
