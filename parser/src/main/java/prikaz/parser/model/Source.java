package prikaz.parser.model;

import java.util.Objects;

/**
 * The input a result came from: file name (no directories), detected format, the SHA-256 of its
 * bytes, the text encoding where the format has one, and whether OCR produced the text.
 */
public record Source(String file, String format, String sha256, String encoding, boolean ocr) {
  public Source {
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(format, "format must not be null");
    Objects.requireNonNull(sha256, "sha256 must not be null");
  }
}
