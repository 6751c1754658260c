package prikaz.app.export;

import java.io.IOException;
import java.io.OutputStream;
import prikaz.parser.model.Order;

/** Writes parsed orders in one output format. Never closes the caller's stream. */
public interface Exporter {

  /** The usual file extension, without the dot. */
  String extension();

  void write(Order order, OutputStream out) throws IOException;
}
