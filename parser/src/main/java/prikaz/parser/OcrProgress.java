package prikaz.parser;

/**
 * Told each time OCR has finished a page of the document being parsed, from whichever thread read
 * it (calls do not overlap). For a progress bar; it must not throw.
 */
@FunctionalInterface
public interface OcrProgress {
  void pageDone(int done, int total);
}
