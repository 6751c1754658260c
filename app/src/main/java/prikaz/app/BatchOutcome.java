package prikaz.app;

import prikaz.parser.model.Order;

/**
 * What became of one input of a batch. {@code order} is kept only while combined outputs need it
 * (a batch of thousands holds counts, not orders); {@code skipped} says why an input was not
 * written («exists», «unchanged»), {@code failureKind} why it failed; {@code message} says why it
 * failed, or for a parsed order what makes it doubtful ({@link Doubts}), else null.
 */
record BatchOutcome(BatchInputs.Input input, Order order, boolean parsed, int warnings, String failureKind,
    String message, String skipped, String sha256, double seconds) {

  static BatchOutcome failure(BatchInputs.Input input, String kind, String message, double seconds) {
    return new BatchOutcome(input, null, false, 0, kind, message, null, null, seconds);
  }

  /** «parsed», «failed» or «skipped». */
  String outcome() {
    return skipped != null ? "skipped" : parsed ? "parsed" : "failed";
  }
}
