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
  private final OcrMode ocr;
  private final String ocrLanguage;
  private final String tesseract;
  private final long maxBytes;

  Reading(OcrMode ocr, String ocrLanguage, String tesseract, long maxBytes) {
    this.ocr = ocr;
    this.ocrLanguage = ocrLanguage;
    this.tesseract = tesseract;
    this.maxBytes = maxBytes;
  }

  /** The order in an upload; {@code progress} is told of each page OCR reads (may be null). */
  Order read(Upload upload, OcrProgress progress) throws IOException, DocumentException {
    OrderParser.Builder builder = OrderParser.builder().ocr(ocr).ocrLanguage(ocrLanguage).maxBytes(maxBytes)
        // One page at a time per document: several documents are read at once instead.
        .ocrThreads(1);
    if (tesseract != null) {
      builder.tesseract(tesseract);
    }
    if (progress != null) {
      builder.ocrProgress(progress);
    }
    Order order = builder.build().parse(new ByteArrayInputStream(upload.bytes()), upload.name());
    return Results.warned(order);
  }
}
