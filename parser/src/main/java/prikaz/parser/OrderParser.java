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
import prikaz.parser.internal.header.HeaderConfidence;
import prikaz.parser.internal.header.HeaderReader;
import prikaz.parser.internal.header.OpeningLine;
import prikaz.parser.model.Header;
import prikaz.parser.model.Order;
import prikaz.parser.model.Source;
import prikaz.parser.model.Warning;
import prikaz.parser.internal.plan.ImplicitTables;
import prikaz.parser.internal.plan.PlanExtractor;
import prikaz.parser.internal.read.FormatDetector;
import prikaz.parser.internal.read.Furniture;
import prikaz.parser.internal.read.Layout;
import prikaz.parser.internal.read.LayoutReader;
import prikaz.parser.internal.read.ocr.Ocr;

/**
 * The entry point: a file or stream in, an {@link Order} out. Built once, immutable, and safe to
 * use from many threads at once.
 *
 * <pre>{@code
 * OrderParser parser = OrderParser.builder().build();
 * Order order = parser.parse(Path.of("575.txt"));
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
    this.ocr = new Ocr(builder.ocrMode, builder.ocrLanguage, builder.tesseract, builder.ocrThreads, builder.ocrProgress);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Parses a file; the source name in the result is the file name without its directories. */
  public Order parse(Path file) throws IOException, DocumentException {
    Objects.requireNonNull(file, "file must not be null");
    if (Files.isDirectory(file)) {
      throw new DocumentException(DocumentException.Reason.UNREADABLE, "is a directory");
    }
    if (!Files.exists(file)) {
      throw new NoSuchFileException(file.toString(), null, "no such file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      Path name = file.getFileName();
      return parse(in, name == null ? file.toString() : name.toString());
    }
  }

  /** Parses a stream (not closed here); {@code name} is reported as the source file name. */
  public Order parse(InputStream in, String name) throws IOException, DocumentException {
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
    LayoutReader.Result read = FormatDetector.reader(format, ocr).read(content);
    Source source = new Source(name, format.name(), sha256(content), read.encoding(), read.ocr());
    Order order;
    try {
      order = extract(source, read.layout());
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

  /** Extracts an order from a layout read elsewhere (for readers outside this library). */
  public Order extract(Source source, Layout layout) throws DocumentException {
    Objects.requireNonNull(source, "source must not be null");
    Objects.requireNonNull(layout, "layout must not be null");
    layout = ImplicitTables.infer(Furniture.strip(layout));
    List<OpeningLine> lines = headerLines(layout);
    Header header;
    int planFrom;
    List<Warning> warnings = new ArrayList<>();
    try {
      if (lines.isEmpty()) {
        throw new DocumentException(DocumentException.Reason.NOT_AN_ORDER,
            source.ocr() ? "OCR found no text in the page images" : "no text found");
      }
      HeaderReader.Result found = HeaderReader.read(HeaderConfidence.withoutDoubtfulLines(lines));
      HeaderConfidence.Result checked = HeaderConfidence.check(found.header(), lines);
      header = checked.header();
      planFrom = found.endBlock();
      warnings.addAll(found.warnings());
      warnings.addAll(checked.warnings());
    } catch (DocumentException e) {
      // An appendix published alone (the plan without the order's first page): no act heading,
      // but a plan table. Anything else without a heading is not an order.
      if (e.reason() != DocumentException.Reason.NOT_AN_ORDER || !hasPlanTable(layout)) {
        throw e;
      }
      header = new Header(null, List.of(), null, null, null, null, null, null, List.of(), List.of(), null);
      planFrom = 0;
      warnings.add(new Warning(Warning.Code.NO_HEADER,
          "no act heading (ПРИКАЗ, ПОСТАНОВЛЕНИЕ …) found: the document is read as a plan alone", null));
    }
    PlanExtractor.Result plans = PlanExtractor.extract(layout, planFrom, header);
    warnings.addAll(plans.warnings());
    for (String text : plans.leftoverText()) {
      warnings.add(new Warning(Warning.Code.TEXT_UNASSIGNED, "text after the order fits no field: " + text, null));
    }
    return new Order(source, header, plans.plans(), warnings);
  }

  private static boolean hasPlanTable(Layout layout) {
    return layout.blocks().stream().anyMatch(b -> b instanceof Layout.Table t && PlanExtractor.isPlanTable(t));
  }

  /** Lines of every paragraph, and of tables that are not plans, before the first plan table. */
  private static List<OpeningLine> headerLines(Layout layout) {
    List<OpeningLine> lines = new ArrayList<>();
    List<Layout.Block> blocks = layout.blocks();
    for (int b = 0; b < blocks.size(); b++) {
      Layout.Block block = blocks.get(b);
      if (block instanceof Layout.Paragraph paragraph) {
        addLines(lines, paragraph.lines(), paragraph.confidences(), b);
      } else if (block instanceof Layout.Table table) {
        if (PlanExtractor.isPlanTable(table)) {
          break;
        }
        for (Layout.Row row : table.rows()) {
          for (Layout.Cell cell : row.cells()) {
            List<String> texts = List.of(cell.text().split("\n"));
            addLines(lines, texts, java.util.Collections.nCopies(texts.size(), cell.confidence()), b);
          }
        }
      }
    }
    return lines;
  }

  private static void addLines(List<OpeningLine> lines, List<String> texts, List<Double> confidences, int block) {
    boolean first = true;
    for (int i = 0; i < texts.size(); i++) {
      String clean = texts.get(i).strip();
      if (!clean.isEmpty()) {
        lines.add(new OpeningLine(clean, block, first, confidences.get(i)));
        first = false;
      }
    }
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
    private OcrProgress ocrProgress;

    private Builder() {}

    /** When pages are read with OCR; {@link OcrMode#AUTO} by default. */
    public Builder ocr(OcrMode mode) {
      this.ocrMode = Objects.requireNonNull(mode, "mode must not be null");
      return this;
    }

    /** Tesseract's language models, joined with {@code +}: {@code rus} (default), {@code rus+eng}. */
    public Builder ocrLanguage(String language) {
      Objects.requireNonNull(language, "language must not be null");
      if (!language.matches("[A-Za-z_]+(\\+[A-Za-z_]+)*")) {
        throw new IllegalArgumentException("not a Tesseract language list: " + language);
      }
      this.ocrLanguage = language;
      return this;
    }

    /** The Tesseract program: a name looked up on the PATH ({@code tesseract}) or a path. */
    public Builder tesseract(String command) {
      this.tesseract = Objects.requireNonNull(command, "command must not be null");
      return this;
    }

    /** How many pages of one document OCR reads at once; the number of processors by default. */
    public Builder ocrThreads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1");
      }
      this.ocrThreads = threads;
      return this;
    }

    /** Told after each page OCR reads (for a progress bar); none by default. */
    public Builder ocrProgress(OcrProgress progress) {
      this.ocrProgress = progress;
      return this;
    }

    /** Inputs larger than this are refused with {@link DocumentException.Reason#TOO_LARGE}. */
    public Builder maxBytes(long maxBytes) {
      if (maxBytes < 1) {
        throw new IllegalArgumentException("maxBytes must be positive");
      }
      this.maxBytes = maxBytes;
      return this;
    }

    public OrderParser build() {
      return new OrderParser(this);
    }
  }
}
