package prikaz.parser.internal.read;

import java.nio.file.Path;
import prikaz.parser.DocumentException;
import prikaz.parser.OrderParser;
import prikaz.parser.model.Order;

/**
 * Parses one file and prints «parsed DATE NUMBER» or «refused REASON: MESSAGE»: run by tests in a
 * JVM of their own, with the launcher's heap, to show a page's memory is bounded.
 */
public final class ParseInLauncherHeap {
  private ParseInLauncherHeap() {}

  public static void main(String[] args) throws Exception {
    try {
      Order order = OrderParser.builder().build().parse(Path.of(args[0]));
      System.out.println("parsed " + order.header().date() + " " + order.header().number());
    } catch (DocumentException e) {
      System.out.println("refused " + e.reason() + ": " + e.getMessage());
    }
  }
}
