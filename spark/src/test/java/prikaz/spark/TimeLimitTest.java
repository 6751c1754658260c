package prikaz.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import prikaz.parser.DocumentException;
import prikaz.parser.model.Header;
import prikaz.parser.model.Order;
import prikaz.parser.model.Source;

class TimeLimitTest {
  private static final Order ORDER = new Order(new Source("a.txt", "TEXT", "00", "UTF-8", false),
      new Header(null, List.of(), "ПРИКАЗ", null, "1", null, null, null, List.of(), List.of(), null),
      List.of(), List.of());

  @Test
  void anOverrunIsInterruptedAndTheNextFileGetsAFreshWorker() throws Exception {
    CountDownLatch interrupted = new CountDownLatch(1);
    try (TimeLimit limit = new TimeLimit(Duration.ofMillis(200))) {
      long started = System.nanoTime();
      Outcome slow = limit.run(() -> {
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          interrupted.countDown();
        }
        return ORDER;
      });
      assertEquals("TIMEOUT", slow.failureKind());
      assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(5));
      assertTrue(interrupted.await(5, TimeUnit.SECONDS), "the overrunning parse is interrupted");
      assertSame(ORDER, limit.run(() -> ORDER).order());
    }
  }

  @Test
  void whateverAParseThrowsIsAFailureOfThatFile() {
    try (TimeLimit limit = new TimeLimit(Duration.ofSeconds(5))) {
      assertEquals("ENCRYPTED", limit.run(() -> {
        throw new DocumentException(DocumentException.Reason.ENCRYPTED, null);
      }).failureKind());
      assertEquals("IO_ERROR", limit.run(() -> {
        throw new IOException("disk gone");
      }).failureKind());
      assertEquals("TOO_COMPLEX", limit.run(() -> {
        throw new StackOverflowError();
      }).failureKind());
      Outcome bug = limit.run(() -> {
        throw new IllegalStateException("a bug");
      });
      assertEquals("INTERNAL", bug.failureKind());
      assertEquals("internal error: java.lang.IllegalStateException: a bug", bug.message());
      assertSame(ORDER, limit.run(() -> ORDER).order());
    }
  }
}
