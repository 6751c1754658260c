package example;

import java.nio.file.Path;
import prikaz.parser.DocumentException;
import prikaz.parser.OrderParser;
import prikaz.parser.model.Item;
import prikaz.parser.model.Order;
import prikaz.parser.model.Plan;

public class PrintPlan {
  public static void main(String[] args) throws Exception {
    OrderParser parser = OrderParser.builder().build(); // immutable: build once, share between threads
    try {
      Order order = parser.parse(Path.of(args[0]), (done, total) -> System.err.printf("OCR %d/%d%n", done, total));
      System.out.printf("%s № %s от %s%n", order.header().docType(), order.header().number(), order.header().date());
      for (Plan plan : order.plans()) {
        for (Item item : plan.items()) {
          String deadline = item.deadline() == null ? "" : item.deadline().text();
          System.out.println(item.number() + " | " + deadline + " | " + item.activity());
        }
      }
    } catch (DocumentException e) { // e.reason(): EMPTY, UNREADABLE, SCANNED, NOT_AN_ORDER …
      System.err.println(args[0] + ": " + e.getMessage());
    }
  }
}
