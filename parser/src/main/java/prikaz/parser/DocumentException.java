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
    EMPTY("empty file"),
    UNSUPPORTED("unsupported format"),
    UNREADABLE("unreadable"),
    ENCRYPTED("encrypted"),
    SCANNED("scanned document, OCR needed"),
    /** The document needs OCR and Tesseract or its language model is not installed. */
    OCR_UNAVAILABLE("OCR unavailable"),
    TOO_LARGE("too large"),
    /** Past one of the limits in {@link prikaz.parser.internal.read.Limits}: nested, wide, long or deep beyond any real order. */
    TOO_COMPLEX("too complex"),
    NOT_AN_ORDER("not an order");

    private final String label;

    Reason(String label) {
      this.label = label;
    }

    /** A short English label such as «not an order». */
    public String label() {
      return label;
    }
  }

  private final Reason reason;
  private final String detail;

  public DocumentException(Reason reason, String detail) {
    this(reason, detail, null);
  }

  public DocumentException(Reason reason, String detail, Throwable cause) {
    super(Objects.requireNonNull(reason, "reason must not be null").label()
        + (detail == null || detail.isEmpty() ? "" : ": " + detail), cause);
    this.reason = reason;
    this.detail = detail == null || detail.isEmpty() ? null : detail;
  }

  public Reason reason() {
    return reason;
  }

  /** What went wrong beyond the reason (English), or null; the message is the reason's label and this. */
  public String detail() {
    return detail;
  }
}
