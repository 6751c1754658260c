package prikaz.parser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import prikaz.parser.internal.OrderAssembly;
import prikaz.parser.internal.read.FormatDetector;
import prikaz.parser.internal.read.LayoutReader;
import prikaz.parser.internal.read.ocr.Ocr;
import prikaz.parser.model.Order;
import prikaz.parser.model.Source;
import prikaz.parser.model.Warning;

/**
 * The entry point: a file or stream in, an {@link Order} out. Built once, immutable, and safe to
 * use from many threads at once; the progress of each call is told to the listener given to that
 * call only.
 *
 * <pre>{@code
 * OrderParser parser = OrderParser.builder().ocr(OcrMode.NEVER).build();
 * Order order = parser.parse(Path.of("575.txt"));
 * Order scan = parser.parse(Path.of("575.scan.pdf"), (done, total) -> System.err.println(done + "/" + total));
 * }</pre>
 */
public final class OrderParser {

  /** Default limit on the size of one input: 100 MiB. */
  public static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;
  /** Tesseract's Russian model, which also reads digits and Latin letters in Russian text. */
  public static final String DEFAULT_OCR_LANGUAGE = "rus";

  private final long maxBytes;
  private final Ocr ocr;

  private OrderParser(Builder builder) {
    this.maxBytes = builder.maxBytes;
    this.ocr = new Ocr(builder.ocrMode, builder.ocrLanguage, builder.tesseract, builder.ocrThreads, null);
  }

  /**
   * A builder with the defaults: OCR when needed, Russian, {@code tesseract} on the PATH.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Parses a file; the source name in the result is the file name without its directories.
   *
   * @param file the document to read
   * @return the order in it
   * @throws IOException if the file cannot be read (a missing file: {@link NoSuchFileException})
   * @throws DocumentException if the document cannot be used: empty, unreadable, not an order …
   */
  public Order parse(Path file) throws IOException, DocumentException {
    return parse(file, null);
  }

  /**
   * Parses a file, telling {@code progress} of each page OCR reads in it.
   *
   * @param file the document to read
   * @param progress told after each page OCR reads in this document only; null for none
   * @return the order in it
   * @throws IOException if the file cannot be read (a missing file: {@link NoSuchFileException})
   * @throws DocumentException if the document cannot be used: empty, unreadable, not an order …
   */
  public Order parse(Path file, OcrProgress progress) throws IOException, DocumentException {
    Objects.requireNonNull(file, "file must not be null");
    if (Files.isDirectory(file)) {
      throw new DocumentException(DocumentException.Reason.UNREADABLE, "is a directory");
    }
    if (!Files.exists(file)) {
      throw new NoSuchFileException(file.toString(), null, "no such file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      Path name = file.getFileName();
      return parse(in, name == null ? file.toString() : name.toString(), progress);
    }
  }

  /**
   * Parses a stream (not closed here); {@code name} is reported as the source file name.
   *
   * @param in the document's bytes, read to the end
   * @param name the file name to report in {@link Source#file()}
   * @return the order in it
   * @throws IOException if the stream cannot be read
   * @throws DocumentException if the document cannot be used: empty, unreadable, not an order …
   */
  public Order parse(InputStream in, String name) throws IOException, DocumentException {
    return parse(in, name, null);
  }

  /**
   * Parses a stream (not closed here), telling {@code progress} of each page OCR reads in it.
   *
   * @param in the document's bytes, read to the end
   * @param name the file name to report in {@link Source#file()}
   * @param progress told after each page OCR reads in this document only; null for none
   * @return the order in it
   * @throws IOException if the stream cannot be read
   * @throws DocumentException if the document cannot be used: empty, unreadable, not an order …
   */
  public Order parse(InputStream in, String name, OcrProgress progress) throws IOException, DocumentException {
    Objects.requireNonNull(in, "in must not be null");
    Objects.requireNonNull(name, "name must not be null");
    byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (content.length > maxBytes) {
      throw new DocumentException(DocumentException.Reason.TOO_LARGE,
          "more than " + maxBytes / (1024 * 1024) + " MiB");
    }
    if (content.length == 0) {
      throw new DocumentException(DocumentException.Reason.EMPTY, null);
    }
    FormatDetector.Format format = FormatDetector.detect(content, name);
    LayoutReader.Result read = FormatDetector.reader(format, progress == null ? ocr : ocr.withProgress(progress))
        .read(content);
    Source source = new Source(name, format.name(), sha256(content), read.encoding(), read.ocr());
    Order order;
    try {
      order = OrderAssembly.extract(source, read.layout());
    } catch (DocumentException e) {
      if (!read.warnings().isEmpty() && e.reason() == DocumentException.Reason.NOT_AN_ORDER) {
        // Nothing readable came out, and the reader said why (a broken PDF text layer).
        throw new DocumentException(DocumentException.Reason.SCANNED, read.warnings().get(0).message(), e);
      }
      throw e;
    }
    if (read.warnings().isEmpty()) {
      return order;
    }
    List<Warning> warnings = new ArrayList<>(read.warnings());
    warnings.addAll(order.warnings());
    return new Order(order.source(), order.header(), order.plans(), warnings);
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Options of an {@link OrderParser}. */
  public static final class Builder {
    private long maxBytes = DEFAULT_MAX_BYTES;
    private OcrMode ocrMode = OcrMode.AUTO;
    private String ocrLanguage = DEFAULT_OCR_LANGUAGE;
    private String tesseract = "tesseract";
    private int ocrThreads = Runtime.getRuntime().availableProcessors();

    private Builder() {}

    /**
     * When pages are read with OCR; {@link OcrMode#AUTO} by default.
     *
     * @param mode when to read pages with OCR
     * @return this builder
     */
    public Builder ocr(OcrMode mode) {
      this.ocrMode = Objects.requireNonNull(mode, "mode must not be null");
      return this;
    }

    /**
     * Tesseract's language models, joined with {@code +}: {@code rus} (default), {@code rus+eng}.
     *
     * @param language the models' names joined with {@code +}
     * @return this builder
     * @throws IllegalArgumentException if it is not such a list
     */
    public Builder ocrLanguage(String language) {
      Objects.requireNonNull(language, "language must not be null");
      if (!language.matches("[A-Za-z_]+(\\+[A-Za-z_]+)*")) {
        throw new IllegalArgumentException("not a Tesseract language list: " + language);
      }
      this.ocrLanguage = language;
      return this;
    }

    /**
     * The Tesseract program: a name looked up on the PATH ({@code tesseract}) or a path.
     *
     * @param command the program's name or path
     * @return this builder
     */
    public Builder tesseract(String command) {
      this.tesseract = Objects.requireNonNull(command, "command must not be null");
      return this;
    }

    /**
     * How many pages of one document OCR reads at once; the number of processors by default.
     *
     * @param threads at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code threads} is less than 1
     */
    public Builder ocrThreads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1");
      }
      this.ocrThreads = threads;
      return this;
    }

    /**
     * Inputs larger than this are refused with {@link DocumentException.Reason#TOO_LARGE}.
     *
     * @param maxBytes the largest input read, in bytes; {@link #DEFAULT_MAX_BYTES} by default
     * @return this builder
     * @throws IllegalArgumentException if it is not positive
     */
    public Builder maxBytes(long maxBytes) {
      if (maxBytes < 1) {
        throw new IllegalArgumentException("maxBytes must be positive");
      }
      this.maxBytes = maxBytes;
      return this;
    }

    /**
     * The parser with these options.
     *
     * @return a new, immutable parser
     */
    public OrderParser build() {
      return new OrderParser(this);
    }
  }
}
