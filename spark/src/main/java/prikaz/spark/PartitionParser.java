package prikaz.spark;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.TimeoutException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import prikaz.parser.OcrMode;
import prikaz.parser.OrderParser;
import prikaz.parser.TimedParse;

/**
 * Parses the files of one partition: one {@link OrderParser} for the partition (built on the
 * executor, never shipped), one file at a time under the time limit ({@link TimedParse}), a
 * {@link ParsedRow.Parsed} per file whatever became of it. Input rows are
 * {@code (path, sha256, content)}.
 */
final class PartitionParser implements FlatMapFunction<Iterator<Row>, ParsedRow.Parsed> {
  private static final long serialVersionUID = 1L;

  private final OcrMode ocr;
  private final Duration timeout;

  PartitionParser(OcrMode ocr, Duration timeout) {
    this.ocr = ocr;
    this.timeout = timeout;
  }

  @Override
  public Iterator<ParsedRow.Parsed> call(Iterator<Row> files) {
    // A Spark task has one core: OCR reads one page at a time, as batch does with several jobs.
    TimedParse parser = new TimedParse(OrderParser.builder().ocr(ocr).ocrThreads(1).build(), timeout);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return files.hasNext();
      }

      @Override
      public ParsedRow.Parsed next() {
        Row file = files.next();
        String path = file.getString(0);
        byte[] content = file.getAs(2);
        return ParsedRow.of(path, file.getString(1), outcome(parser, content, name(path)));
      }
    };
  }

  /** What became of one file: its order, or the failure it ended in, or TIMEOUT. */
  static Outcome outcome(TimedParse parser, byte[] content, String name) {
    try {
      return Outcome.parsed(parser.parse(new ByteArrayInputStream(content), name));
    } catch (TimeoutException e) {
      return Outcome.failed("TIMEOUT", e.getMessage());
    } catch (InterruptedException e) {
      // Spark is killing the task: the parse is stopped, and the task ends.
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while " + name + " was parsed", e);
    } catch (Exception | Error e) {
      return Outcome.failed(e);
    }
  }

  /** The file name at the end of a path or URI, which the parser reports as the source file. */
  static String name(String path) {
    String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return trimmed.substring(trimmed.lastIndexOf('/') + 1);
  }
}
