package prikaz.spark;

import java.util.Objects;
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

  public boolean isParsed() {
    return order != null;
  }
}
