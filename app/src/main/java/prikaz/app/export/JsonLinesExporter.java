package prikaz.app.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import prikaz.parser.model.Order;

/** JSON Lines: one order a line, for scripts that stream many results. */
public final class JsonLinesExporter implements CombinedExporter {
  private final JsonExporter compact = new JsonExporter(false);

  @Override
  public String extension() {
    return "jsonl";
  }

  @Override
  public void writeAll(List<Order> orders, OutputStream out) throws IOException {
    for (Order order : orders) {
      compact.write(order, out);
    }
  }
}
