package prikaz.app.export;

import java.io.IOException;
import java.io.OutputStream;
import prikaz.parser.model.Order;

/** JSON Lines: one order a line, for scripts that stream many results. */
public final class JsonLinesExporter implements Exporter {
  private final JsonExporter compact = new JsonExporter(false);

  @Override
  public String extension() {
    return "jsonl";
  }

  @Override
  public void write(Order order, OutputStream out) throws IOException {
    compact.write(order, out);
  }
}
