package prikaz.parser.read;

import prikaz.parser.DocumentException;

/** PDF with a text layer (placeholder until the positional reader lands). */
final class PdfReader implements LayoutReader {
  @Override
  public Result read(byte[] content) throws DocumentException {
    throw new DocumentException(DocumentException.Reason.UNSUPPORTED, "application/pdf (not yet)");
  }
}
