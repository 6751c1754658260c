package prikaz.app;

import java.io.IOException;
import java.nio.file.Path;
import prikaz.parser.DocumentException;
import prikaz.parser.model.Order;

/**
 * How a batch reads its files: in worker processes ({@link WorkerPool}, the default) or in this
 * one ({@link InProcessParsing}). Safe to call from the batch's job threads at once. A breakdown
 * (time limit, heap, stack, a dead worker) is a {@link ParseBreakdown}.
 */
interface Parsing extends AutoCloseable {
  Order parse(Path file) throws IOException, DocumentException;

  /** Stops what is still running and removes its temporary files. */
  @Override
  void close();
}
