package prikaz.app;

import prikaz.app.export.RussianWarnings;
import prikaz.parser.model.Order;

/**
 * What {@code prikaz parse} does to an order between reading and writing it, for callers outside
 * the command line (the web page of {@code prikaz serve}).
 */
public final class Results {
  private Results() {}

  /** The order with its empty or doubtful plans warned of, as parse and batch give it. */
  public static Order warned(Order order) {
    return Doubts.warned(order);
  }

  /** The order as the JSON outputs show it in {@code language}: warnings retold in Russian for «ru». */
  public static Order shown(Order order, String language) {
    return "ru".equals(language) ? RussianWarnings.translated(order) : order;
  }
}
