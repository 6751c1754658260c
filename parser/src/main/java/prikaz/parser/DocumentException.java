package prikaz.parser;

import java.util.Objects;

/**
 * A document prikaz cannot use: unreadable, of an unsupported type, empty, over a limit or not an
 * order at all. The message is written for a person and does not repeat the file name.
 */
public class DocumentException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why the document cannot be used; stable, for scripts and failure reports. */
  public enum Reason {
    /** The file has no bytes. */
    EMPTY("empty file"),
    /** A type the parser does not read (a spreadsheet, an archive …). */
    UNSUPPORTED("unsupported format"),
    /** Damaged, truncated beyond use, or not what its content claims. */
    UNREADABLE("unreadable"),
    /** Protected by a password. */
    ENCRYPTED("encrypted"),
    /** Pages without a usable text layer, and OCR turned off ({@link OcrMode#NEVER}). */
    SCANNED("scanned document, OCR needed"),
    /** The document needs OCR and Tesseract or its language model is not installed. */
    OCR_UNAVAILABLE("OCR unavailable"),
    /** Larger than the parser's limit ({@link OrderParser.Builder#maxBytes(long)}). */
    TOO_LARGE("too large"),
    /** Past one of the parser's limits: nested, wide, long or deep beyond any real order. */
    TOO_COMPLEX("too complex"),
    /** Readable, but no act heading and no plan table: a letter, a form, a blank page. */
    NOT_AN_ORDER("not an order");

    private final String label;

    Reason(String label) {
      this.label = label;
    }

    /**
     * A short English label such as «not an order».
     *
     * @return the label
     */
    public String label() {
      return label;
    }
  }

  /** Why the document cannot be used. */
  private final Reason reason;
  /** What went wrong beyond the reason, or null. */
  private final String detail;

  /**
   * A document that cannot be used, for {@code reason}.
   *
   * @param reason why
   * @param detail what went wrong beyond the reason (English), or null
   */
  public DocumentException(Reason reason, String detail) {
    this(reason, detail, null);
  }

  /**
   * A document that cannot be used, for {@code reason}, found through {@code cause}.
   *
   * @param reason why
   * @param detail what went wrong beyond the reason (English), or null
   * @param cause the failure that showed it, or null
   */
  public DocumentException(Reason reason, String detail, Throwable cause) {
    super(Objects.requireNonNull(reason, "reason must not be null").label()
        + (detail == null || detail.isEmpty() ? "" : ": " + detail), cause);
    this.reason = reason;
    this.detail = detail == null || detail.isEmpty() ? null : detail;
  }

  /**
   * Why the document cannot be used.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }

  /**
   * What went wrong beyond the reason (English), or null; the message is the reason's label and this.
   *
   * @return the detail, or null
   */
  public String detail() {
    return detail;
  }
}
