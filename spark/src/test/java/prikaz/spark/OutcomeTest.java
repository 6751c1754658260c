package prikaz.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import prikaz.parser.DocumentException;
import prikaz.parser.OcrMode;
import prikaz.parser.OrderParser;
import prikaz.parser.TimedParse;

class OutcomeTest {
  @Test
  void whateverAParseThrowsIsAFailureOfThatFile() {
    assertEquals("ENCRYPTED", Outcome.failed(new DocumentException(DocumentException.Reason.ENCRYPTED, null))
        .failureKind());
    Outcome io = Outcome.failed(new IOException("disk gone"));
    assertEquals("IO_ERROR", io.failureKind());
    assertEquals("cannot read: disk gone", io.message());
    assertEquals("TOO_COMPLEX", Outcome.failed(new StackOverflowError()).failureKind());
    assertEquals("OUT_OF_MEMORY", Outcome.failed(new OutOfMemoryError()).failureKind());
    Outcome bug = Outcome.failed(new IllegalStateException("a bug"));
    assertEquals("INTERNAL", bug.failureKind());
    assertEquals("internal error: java.lang.IllegalStateException: a bug", bug.message());
    assertNull(bug.order());
  }

  @Test
  void aFileThatIsNoOrderIsItsReasonAndAnOrderIsParsed() {
    TimedParse parser = new TimedParse(OrderParser.builder().ocr(OcrMode.NEVER).build(), Duration.ofSeconds(30));
    Outcome letter = PartitionParser.outcome(parser,
        "Уважаемые коллеги!\nСобрание переносится на пятницу.\n".getBytes(StandardCharsets.UTF_8), "letter.txt");
    assertEquals("NOT_AN_ORDER", letter.failureKind());
    Outcome empty = PartitionParser.outcome(parser, new byte[0], "empty.txt");
    assertEquals("EMPTY", empty.failureKind());
    assertThrows(IllegalArgumentException.class, () -> new Outcome(null, null, null));
  }

  @Test
  void theNameOfAFileIsTheLastPartOfItsPath() {
    assertEquals("a.txt", PartitionParser.name("hdfs://host/archive/2023/a.txt"));
    assertEquals("folder", PartitionParser.name("file:/archive/folder/"));
  }
}
