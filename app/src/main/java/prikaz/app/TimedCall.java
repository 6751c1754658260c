package prikaz.app;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import prikaz.parser.DocumentException;

/**
 * Reading a document under a time limit in this process: the work runs in a daemon thread, and
 * past the limit the caller gets a {@code TIMEOUT} {@link ParseBreakdown} while the thread is
 * interrupted and left behind (it cannot be stopped; a single {@code parse} exits right after, and
 * a batch isolates its files in workers that are killed instead).
 */
final class TimedCall {
  /** Work that reads a document. */
  interface Work<T> {
    T run() throws IOException, DocumentException;
  }

  private TimedCall() {}

  /** The work's result, its own exception, or a TIMEOUT after {@code seconds} (0: no limit). */
  static <T> T within(long seconds, Work<T> work) throws IOException, DocumentException {
    if (seconds <= 0) {
      return work.run();
    }
    FutureTask<T> task = new FutureTask<>(work::run);
    Thread thread = new Thread(task, "prikaz-parse");
    thread.setDaemon(true);
    thread.start();
    try {
      return task.get(seconds, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      throw ParseBreakdown.timeout(seconds);
    } catch (InterruptedException e) {
      task.cancel(true);
      Thread.currentThread().interrupt();
      throw new ParseBreakdown(ParseBreakdown.Kind.INTERNAL, "interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof DocumentException d) {
        throw d;
      } else if (cause instanceof IOException io) {
        throw io;
      } else if (cause instanceof RuntimeException r) {
        throw r;
      } else if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }
}
