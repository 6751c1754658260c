package prikaz.parser.internal.read;

import java.util.List;
import prikaz.parser.DocumentException;
import prikaz.parser.model.Warning;

/** Turns the bytes of one family of formats into a {@link Layout}. Implementations are stateless. */
public interface LayoutReader {

  /**
   * What was read: the layout, for text formats the encoding used, and what the reader noticed
   * about the file (a broken PDF text layer) for the order's warnings, and whether OCR read it.
   */
  record Result(Layout layout, String encoding, List<Warning> warnings, boolean ocr) {
    public Result {
      warnings = List.copyOf(warnings);
    }

    public Result(Layout layout, String encoding, List<Warning> warnings) {
      this(layout, encoding, warnings, false);
    }

    public Result(Layout layout, String encoding) {
      this(layout, encoding, List.of());
    }
  }

  Result read(byte[] content) throws DocumentException;
}
