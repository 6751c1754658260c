package prikaz.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import prikaz.parser.OcrMode;

class JobOptionsTest {

  @Test
  void defaultsAndEveryOption() throws Exception {
    assertEquals(new JobOptions("in/*", "out", JobOptions.Format.PARQUET, OcrMode.AUTO, Duration.ofSeconds(120), false),
        JobOptions.parse("--input", "in/*", "--output", "out"));
    assertEquals(new JobOptions("s3a://a/b", "hdfs:///c", JobOptions.Format.JSONL, OcrMode.NEVER, Duration.ofSeconds(30),
            true),
        JobOptions.parse("--output", "hdfs:///c", "--input", "s3a://a/b", "--format", "JSONL", "--ocr", "never",
            "--timeout", "30", "--skip-existing"));
  }

  @Test
  void aBadCommandLineSaysWhatIsWrong() {
    assertEquals("--output is required", message("--input", "x"));
    assertEquals("--input needs a value", message("--input", "--output", "y"));
    assertEquals("--format: 'csv' is not parquet or jsonl", message("--input", "x", "--output", "y", "--format", "csv"));
    assertEquals("--ocr: 'always' is not auto or never", message("--input", "x", "--output", "y", "--ocr", "always"));
    assertEquals("--timeout: '0' is not a positive number of seconds",
        message("--input", "x", "--output", "y", "--timeout", "0"));
    assertEquals("unknown option: --jobs", message("--input", "x", "--output", "y", "--jobs", "4"));
  }

  private static String message(String... args) {
    return assertThrows(JobOptions.UsageException.class, () -> JobOptions.parse(args)).getMessage();
  }
}
