package prikaz.spark;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import prikaz.parser.DocumentException;
import prikaz.parser.model.Order;

/**
 * Runs one parse at a time in a worker thread and waits for it no longer than the limit. A parse
 * that overruns is interrupted and left behind (its thread is a daemon, so it never holds up the
 * executor's exit) and the next file gets a fresh worker; whatever a parse throws becomes a
 * failed {@link Outcome}, so one file never fails the task.
 */
final class TimeLimit implements AutoCloseable {
  private static final AtomicInteger WORKERS = new AtomicInteger();

  private final Duration limit;
  private ExecutorService worker;

  TimeLimit(Duration limit) {
    this.limit = limit;
  }

  /** The parse's order, or the failure it ended in, or TIMEOUT. */
  Outcome run(Callable<Order> parse) {
    if (worker == null) {
      worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "prikaz-parse-" + WORKERS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
      });
    }
    Future<Order> result = worker.submit(parse);
    try {
      return Outcome.parsed(result.get(limit.toMillis(), TimeUnit.MILLISECONDS));
    } catch (TimeoutException e) {
      result.cancel(true);
      worker.shutdownNow();
      worker = null;
      return Outcome.failed("TIMEOUT", "no result in " + limit.toSeconds() + " s");
    } catch (ExecutionException e) {
      return failure(e.getCause());
    } catch (InterruptedException e) {
      // Spark is killing the task: stop the parse and let the task end.
      result.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while a file was parsed", e);
    }
  }

  static Outcome failure(Throwable e) {
    if (e instanceof DocumentException document) {
      return Outcome.failed(document.reason().name(), document.getMessage());
    } else if (e instanceof IOException) {
      return Outcome.failed("IO_ERROR", "cannot read: " + e.getMessage());
    } else if (e instanceof OutOfMemoryError) {
      return Outcome.failed("OUT_OF_MEMORY", "out of memory (executor heap "
          + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB)");
    } else if (e instanceof StackOverflowError) {
      return Outcome.failed("TOO_COMPLEX", "nested too deeply to read");
    }
    return Outcome.failed("INTERNAL", "internal error: " + e);
  }

  @Override
  public void close() {
    if (worker != null) {
      worker.shutdownNow();
      worker = null;
    }
  }
}
