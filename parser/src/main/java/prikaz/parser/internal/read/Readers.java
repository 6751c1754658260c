package prikaz.parser.internal.read;

import java.util.zip.ZipException;
import prikaz.parser.DocumentException;

/** What the office and PDF readers share: turning a library's exception into one line for a person. */
final class Readers {
  private static final int MAX_DETAIL = 200;

  private Readers() {}

  /**
   * A zip part compressed by a method whose decoder is not on the class path (Zstandard, XZ …):
   * the archive library fails with a {@link LinkageError}, which is the file's fault, not ours.
   */
  static DocumentException unknownCompression(LinkageError e) {
    return new DocumentException(DocumentException.Reason.UNREADABLE,
        "a part of the file is compressed by a method office programs do not write", e);
  }

  /** One line saying why a file could not be read, from the deepest cause that says something. */
  static String describe(Throwable error) {
    Throwable deepest = error;
    for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof ZipException || t instanceof java.io.EOFException) {
        return "the file is damaged or truncated (" + oneLine(t) + ")";
      }
      deepest = t;
    }
    return oneLine(deepest);
  }

  private static String oneLine(Throwable t) {
    String message = t.getMessage();
    String text = message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    text = text.replaceAll("\\s+", " ").strip();
    return text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL) + "…" : text;
  }
}
