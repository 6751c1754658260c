package prikaz.parser;

/**
 * Told each time OCR has finished a page of the document being parsed, from whichever thread read
 * it (calls do not overlap). For a progress bar; it must not throw.
 */
@FunctionalInterface
public interface OcrProgress {
  /**
   * OCR has read another page.
   *
   * @param done how many pages of this document are read so far
   * @param total how many pages the document has to read
   */
  void pageDone(int done, int total);
}
