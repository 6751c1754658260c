package prikaz.spark;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import prikaz.parser.OcrMode;
import prikaz.parser.OrderParser;

/**
 * Parses the files of one partition: one {@link OrderParser} for the partition (built on the
 * executor, never shipped), one file at a time under the time limit, a {@link Tables#PARSED} row
 * per file whatever became of it. Input rows are {@code (path, sha256, content)}.
 */
final class PartitionParser implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final OcrMode ocr;
  private final Duration timeout;

  PartitionParser(OcrMode ocr, Duration timeout) {
    this.ocr = ocr;
    this.timeout = timeout;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> files) {
    // A Spark task has one core: OCR reads one page at a time, as batch does with several jobs.
    OrderParser parser = OrderParser.builder().ocr(ocr).ocrThreads(1).build();
    TimeLimit limit = new TimeLimit(timeout);
    return new Iterator<>() {
      private boolean open = true;

      @Override
      public boolean hasNext() {
        boolean more = open && files.hasNext();
        if (!more && open) {
          limit.close();
          open = false;
        }
        return more;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Row file = files.next();
        String path = file.getString(0);
        byte[] content = file.getAs(2);
        Outcome outcome = limit.run(() -> parser.parse(new ByteArrayInputStream(content), name(path)));
        return ParsedRow.of(path, file.getString(1), outcome);
      }
    };
  }

  /** The file name at the end of a path or URI, which the parser reports as the source file. */
  static String name(String path) {
    String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return trimmed.substring(trimmed.lastIndexOf('/') + 1);
  }
}
