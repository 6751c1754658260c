package prikaz.app.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import prikaz.parser.model.Order;

/** An output that holds many orders in one file: every item of every order, with its source file. */
public interface CombinedExporter extends Exporter {

  /** Writes the orders in the order given. */
  void writeAll(List<Order> orders, OutputStream out) throws IOException;

  @Override
  default void write(Order order, OutputStream out) throws IOException {
    writeAll(List.of(order), out);
  }
}
