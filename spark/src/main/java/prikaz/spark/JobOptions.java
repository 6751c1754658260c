package prikaz.spark;

import java.io.Serializable;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import prikaz.parser.OcrMode;

/**
 * What one run of {@link ParseJob} reads and writes: the input path or glob (any file system Spark
 * reads), the output folder, the table format, when to OCR, the time one file may take, and
 * whether files already in the output are skipped.
 */
public record JobOptions(String input, String output, Format format, OcrMode ocr, Duration timeout,
    boolean skipExisting) implements Serializable {

  /** The usage line, printed with a usage error. */
  public static final String USAGE = "usage: spark-submit --class prikaz.spark.ParseJob prikaz-spark.jar"
      + " --input PATH_OR_GLOB --output DIR [--format parquet|jsonl] [--ocr auto|never] [--timeout SECONDS]"
      + " [--skip-existing]";

  /** The time one file may take unless {@code --timeout} says otherwise. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

  /** How the two tables are written. */
  public enum Format {
    /** Apache Parquet, columnar and compressed: for Spark SQL, Hive, Trino, pandas. */
    PARQUET("parquet"),
    /** JSON Lines, one row a line: for scripts and databases that load JSON. */
    JSONL("json");

    private final String source;

    Format(String source) {
      this.source = source;
    }

    /** The name of Spark's data source that writes the format. */
    public String source() {
      return source;
    }
  }

  public JobOptions {
    Objects.requireNonNull(input, "input must not be null");
    Objects.requireNonNull(output, "output must not be null");
    Objects.requireNonNull(format, "format must not be null");
    Objects.requireNonNull(ocr, "ocr must not be null");
    Objects.requireNonNull(timeout, "timeout must not be null");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive");
    }
  }

  /** Reads the command line; a missing, unknown or malformed option is a {@link UsageException}. */
  public static JobOptions parse(String... args) throws UsageException {
    String input = null;
    String output = null;
    Format format = Format.PARQUET;
    OcrMode ocr = OcrMode.AUTO;
    Duration timeout = DEFAULT_TIMEOUT;
    boolean skipExisting = false;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      switch (option) {
        case "--input" -> input = value(args, ++i, option);
        case "--output" -> output = value(args, ++i, option);
        case "--format" -> format = format(value(args, ++i, option));
        case "--ocr" -> ocr = ocr(value(args, ++i, option));
        case "--timeout" -> timeout = timeout(value(args, ++i, option));
        case "--skip-existing" -> skipExisting = true;
        default -> throw new UsageException("unknown option: " + option);
      }
    }
    if (input == null) {
      throw new UsageException("--input is required");
    }
    if (output == null) {
      throw new UsageException("--output is required");
    }
    return new JobOptions(input, output, format, ocr, timeout, skipExisting);
  }

  private static String value(String[] args, int i, String option) throws UsageException {
    if (i >= args.length || args[i].startsWith("--") || args[i].isBlank()) {
      throw new UsageException(option + " needs a value");
    }
    return args[i];
  }

  private static Format format(String value) throws UsageException {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "parquet" -> Format.PARQUET;
      case "jsonl" -> Format.JSONL;
      default -> throw new UsageException("--format: '" + value + "' is not parquet or jsonl");
    };
  }

  private static OcrMode ocr(String value) throws UsageException {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "auto" -> OcrMode.AUTO;
      case "never" -> OcrMode.NEVER;
      default -> throw new UsageException("--ocr: '" + value + "' is not auto or never");
    };
  }

  private static Duration timeout(String value) throws UsageException {
    try {
      long seconds = Long.parseLong(value);
      if (seconds > 0) {
        return Duration.ofSeconds(seconds);
      }
    } catch (NumberFormatException e) {
      // told below
    }
    throw new UsageException("--timeout: '" + value + "' is not a positive number of seconds");
  }

  /** A command line the job cannot run with; the message says why, for a person. */
  public static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
      super(message);
    }
  }
}
