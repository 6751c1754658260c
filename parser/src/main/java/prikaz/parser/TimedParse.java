package prikaz.parser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import prikaz.parser.model.Order;

/**
 * An {@link OrderParser} under a time limit per document. Each parse runs in a daemon thread of
 * its own while the caller waits no longer than the limit; past it the parse is interrupted (an
 * OCR run's Tesseract process is killed) and left behind — a Java thread cannot be stopped, so a
 * parse that ignores the interrupt runs on until it ends, never holding up the exit of the JVM —
 * and the caller gets a {@link TimeoutException}. Whatever the parse throws (its
 * {@link DocumentException}, an {@link IOException}, an error such as running out of heap or
 * stack) reaches the caller as it was thrown. Safe to use from several threads at once.
 */
public final class TimedParse {
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final OrderParser parser;
  private final Duration limit;

  /**
   * A parser under a limit.
   *
   * @param parser the parser that reads each document
   * @param limit the time one document may take; zero means no limit (the parse then runs in the
   *     caller's thread)
   */
  public TimedParse(OrderParser parser, Duration limit) {
    this.parser = Objects.requireNonNull(parser, "parser must not be null");
    this.limit = Objects.requireNonNull(limit, "limit must not be null");
    if (limit.isNegative()) {
      throw new IllegalArgumentException("limit must not be negative");
    }
  }

  /**
   * The time one document may take.
   *
   * @return the limit; zero means none
   */
  public Duration limit() {
    return limit;
  }

  /**
   * {@link OrderParser#parse(Path)} within the limit.
   *
   * @param file the document
   * @return the order read
   * @throws IOException when the file cannot be read
   * @throws DocumentException when the document cannot be read as an order
   * @throws TimeoutException past the limit
   * @throws InterruptedException when the calling thread is interrupted while it waits (the parse
   *     is interrupted too)
   */
  public Order parse(Path file) throws IOException, DocumentException, TimeoutException, InterruptedException {
    return within(() -> parser.parse(file));
  }

  /**
   * {@link OrderParser#parse(InputStream, String)} within the limit, as {@link #parse(Path)}.
   *
   * @param in the document's bytes
   * @param name its file name, for its format and the messages
   * @return the order read
   * @throws IOException when the stream cannot be read
   * @throws DocumentException when the document cannot be read as an order
   * @throws TimeoutException past the limit
   * @throws InterruptedException when the calling thread is interrupted while it waits
   */
  public Order parse(InputStream in, String name)
      throws IOException, DocumentException, TimeoutException, InterruptedException {
    return within(() -> parser.parse(in, name));
  }

  /**
   * {@link OrderParser#parse(Path, OcrProgress)} within the limit, as {@link #parse(Path)}.
   *
   * @param file the document
   * @param progress hears of this parse's OCR pages
   * @return the order read
   * @throws IOException when the file cannot be read
   * @throws DocumentException when the document cannot be read as an order
   * @throws TimeoutException past the limit
   * @throws InterruptedException when the calling thread is interrupted while it waits
   */
  public Order parse(Path file, OcrProgress progress)
      throws IOException, DocumentException, TimeoutException, InterruptedException {
    return within(() -> parser.parse(file, progress));
  }

  /**
   * {@link OrderParser#parse(InputStream, String, OcrProgress)} within the limit, as {@link #parse(Path)}.
   *
   * @param in the document's bytes
   * @param name its file name, for its format and the messages
   * @param progress hears of this parse's OCR pages
   * @return the order read
   * @throws IOException when the stream cannot be read
   * @throws DocumentException when the document cannot be read as an order
   * @throws TimeoutException past the limit
   * @throws InterruptedException when the calling thread is interrupted while it waits
   */
  public Order parse(InputStream in, String name, OcrProgress progress)
      throws IOException, DocumentException, TimeoutException, InterruptedException {
    return within(() -> parser.parse(in, name, progress));
  }

  private interface Work {
    Order run() throws IOException, DocumentException;
  }

  private Order within(Work work) throws IOException, DocumentException, TimeoutException, InterruptedException {
    if (limit.isZero()) {
      return work.run();
    }
    FutureTask<Order> task = new FutureTask<>(work::run);
    Thread thread = new Thread(task, "prikaz-parse-" + THREADS.incrementAndGet());
    thread.setDaemon(true);
    thread.start();
    try {
      return task.get(limit.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      throw new TimeoutException("no result in " + seconds(limit));
    } catch (InterruptedException e) {
      task.cancel(true);
      throw e;
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

  private static String seconds(Duration limit) {
    long millis = limit.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis / 1000.0 + " s";
  }
}
