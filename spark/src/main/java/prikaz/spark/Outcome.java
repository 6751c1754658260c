package prikaz.spark;

import java.io.IOException;
import java.util.Objects;
import prikaz.parser.DocumentException;
import prikaz.parser.model.Order;

/**
 * What became of one file: the order read from it, or why there is none — a failure kind for
 * scripts (a {@link prikaz.parser.DocumentException.Reason} name, TIMEOUT, IO_ERROR, OUT_OF_MEMORY,
 * TOO_COMPLEX or INTERNAL) and a message for a person.
 */
public record Outcome(Order order, String failureKind, String message) {

  public Outcome {
    if ((order == null) == (failureKind == null)) {
      throw new IllegalArgumentException("an outcome is an order or a failure");
    }
  }

  public static Outcome parsed(Order order) {
    return new Outcome(Objects.requireNonNull(order, "order must not be null"), null, null);
  }

  public static Outcome failed(String kind, String message) {
    return new Outcome(null, Objects.requireNonNull(kind, "kind must not be null"), message);
  }

  /** The failure a parse ended in: its kind from what it threw, and a message. */
  public static Outcome failed(Throwable e) {
    if (e instanceof DocumentException document) {
      return failed(document.reason().name(), document.getMessage());
    } else if (e instanceof IOException) {
      return failed("IO_ERROR", "cannot read: " + e.getMessage());
    } else if (e instanceof OutOfMemoryError) {
      return failed("OUT_OF_MEMORY", "out of memory (executor heap "
          + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB)");
    } else if (e instanceof StackOverflowError) {
      return failed("TOO_COMPLEX", "nested too deeply to read");
    }
    return failed("INTERNAL", "internal error: " + e);
  }

  public boolean isParsed() {
    return order != null;
  }
}
