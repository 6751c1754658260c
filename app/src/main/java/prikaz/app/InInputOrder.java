package prikaz.app;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Hands on results that complete in any order (parallel jobs) in the order of their inputs, each
 * as soon as every one before it is done: a reorder buffer that holds only the results finished
 * ahead of the slowest one still running.
 */
final class InInputOrder<T> {
  /** Takes the results in input order. */
  @FunctionalInterface
  interface Sink<T> {
    void accept(T value) throws IOException;
  }

  private final Map<Integer, T> waiting = new HashMap<>();
  private final Sink<T> sink;
  private int next;

  InInputOrder(Sink<T> sink) {
    this.sink = sink;
  }

  /** The result of input number {@code index} (from 0); passes on all that are now in order. */
  synchronized void done(int index, T value) throws IOException {
    waiting.put(index, value);
    while (waiting.containsKey(next)) {
      sink.accept(waiting.remove(next));
      next++;
    }
  }
}
