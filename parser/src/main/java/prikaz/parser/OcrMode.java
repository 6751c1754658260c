package prikaz.parser;

/** When the parser reads a page with OCR. */
public enum OcrMode {
  /** Pages without a usable text layer: scans, image files, PDFs whose text does not decode. */
  AUTO,
  /** Every page of a PDF, even one with a good text layer (and every image). */
  ALWAYS,
  /** Never: a scan is refused with {@link DocumentException.Reason#SCANNED}. */
  NEVER
}
