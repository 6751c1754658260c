package prikaz.app.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import prikaz.app.Results;
import prikaz.parser.DocumentException;
import prikaz.parser.OcrMode;
import prikaz.parser.OcrProgress;
import prikaz.parser.OrderParser;
import prikaz.parser.model.Order;

/**
 * Reads an upload into an order as {@code prikaz parse} does (empty plans warned of), from memory:
 * nothing the client sends is written to disk under a name it chose.
 */
final class Reading {
  /** One parser for every upload: each call is told of its own document's pages only. */
  private final OrderParser parser;

  Reading(OcrMode ocr, String ocrLanguage, String tesseract, long maxBytes) {
    OrderParser.Builder builder = OrderParser.builder().ocr(ocr).ocrLanguage(ocrLanguage).maxBytes(maxBytes)
        // One page at a time per document: several documents are read at once instead.
        .ocrThreads(1);
    if (tesseract != null) {
      builder.tesseract(tesseract);
    }
    this.parser = builder.build();
  }

  /** The order in an upload; {@code progress} is told of each page OCR reads (may be null). */
  Order read(Upload upload, OcrProgress progress) throws IOException, DocumentException {
    Order order = parser.parse(new ByteArrayInputStream(upload.bytes()), upload.name(), progress);
    return Results.warned(order);
  }
}
