package prikaz.parser.internal.header;

/**
 * A text line of the document's opening as the header reader gets it: {@code block} is its index
 * in the layout, {@code startsParagraph} whether a new paragraph begins with it, {@code confidence}
 * OCR's confidence in it (0–1), or -1 where it was not recognised from an image.
 */
public record OpeningLine(String text, int block, boolean startsParagraph, double confidence) {

  public OpeningLine(String text, int block, boolean startsParagraph) {
    this(text, block, startsParagraph, -1);
  }

  /** The same place in the document with other text (a part of a line split apart). */
  OpeningLine withText(String other, boolean newParagraph) {
    return new OpeningLine(other, block, newParagraph, confidence);
  }
}
