package prikaz.parser.model;

import java.util.Objects;

/**
 * The input a result came from: file name (no directories), detected format, the SHA-256 of its
 * bytes, the text encoding where the format has one, whether OCR produced the text, and — when it
 * was read as one of many ({@code prikaz batch}) — its path under the folder that was read, with
 * «/» between folders, so that «kuzbass/575.txt» and «primorye/575.txt» stay apart; else null.
 */
public record Source(String file, String format, String sha256, String encoding, boolean ocr, String path) {
  public Source {
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(format, "format must not be null");
    Objects.requireNonNull(sha256, "sha256 must not be null");
  }

  /** A source read on its own, without a path. */
  public Source(String file, String format, String sha256, String encoding, boolean ocr) {
    this(file, format, sha256, encoding, ocr, null);
  }

  /** The same source, known by its path under the folder read. */
  public Source withPath(String path) {
    return new Source(file, format, sha256, encoding, ocr, path);
  }

}
