package prikaz.parser.model;

import java.util.Objects;

/**
 * The input a result came from: file name (no directories), detected format, the SHA-256 of its
 * bytes, the text encoding where the format has one, whether OCR produced the text, and — when it
 * was read as one of many ({@code prikaz batch}) — its path under the folder that was read, with
 * «/» between folders, so that «kuzbass/575.txt» and «primorye/575.txt» stay apart; else null.
 *
 * @param file the file name without directories
 * @param format the detected format: {@code docx}, {@code pdf}, {@code txt} …
 * @param sha256 the SHA-256 of the bytes, in hexadecimal
 * @param encoding the text encoding, or null
 * @param ocr whether OCR produced the text
 * @param path the path under the folder read, with «/» between folders, or null
 */
public record Source(String file, String format, String sha256, String encoding, boolean ocr, String path) {
  /**
   * Checks that the file name, format and digest are present.
   *
   * @param file the file name without directories
   * @param format the detected format: {@code docx}, {@code pdf}, {@code txt} …
   * @param sha256 the SHA-256 of the bytes, in hexadecimal
   * @param encoding the text encoding, or null
   * @param ocr whether OCR produced the text
   * @param path the path under the folder read, with «/» between folders, or null
   */
  public Source {
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(format, "format must not be null");
    Objects.requireNonNull(sha256, "sha256 must not be null");
  }

  /**
   * A source read on its own, without a path.
   *
   * @param file the file name without directories
   * @param format the detected format: {@code docx}, {@code pdf}, {@code txt} …
   * @param sha256 the SHA-256 of the bytes, in hexadecimal
   * @param encoding the text encoding, or null
   * @param ocr whether OCR produced the text
   */
  public Source(String file, String format, String sha256, String encoding, boolean ocr) {
    this(file, format, sha256, encoding, ocr, null);
  }

  /**
   * The same source, known by its path under the folder read.
   *
   * @param path the path under the folder, with «/» between folders
   * @return a copy with that path
   */
  public Source withPath(String path) {
    return new Source(file, format, sha256, encoding, ocr, path);
  }

}
