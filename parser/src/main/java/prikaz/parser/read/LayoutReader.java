package prikaz.parser.read;

import prikaz.parser.DocumentException;

/** Turns the bytes of one family of formats into a {@link Layout}. Implementations are stateless. */
public interface LayoutReader {

  /** What was read: the layout and, for text formats, the encoding used. */
  record Result(Layout layout, String encoding) {}

  Result read(byte[] content) throws DocumentException;
}
