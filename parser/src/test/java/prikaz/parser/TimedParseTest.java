package prikaz.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import prikaz.parser.model.Order;

class TimedParseTest {
  private static final String ORDER = """
      УПРАВЛЕНИЕ КУЛЬТУРЫ
      ПРИКАЗ
      от 12.03.2024 № 41
      Об утверждении плана проверок

      ПРИКАЗЫВАЮ:
      1. Утвердить план проверок (приложение).

      План проверок на 2024 год
      | № | Мероприятие | Срок | Ответственный |
      |---|---|---|---|
      | 1 | Проверка журналов | до 01.04.2024 | Петрова А.А. |
      | 2 | Отчёт о проверке | апрель 2024 | Сидоров Б.Б. |
      """;

  private final OrderParser parser = OrderParser.builder().ocr(OcrMode.NEVER).build();

  @Test
  void aParseWithinTheLimitGivesTheOrder() throws Exception {
    Order order = new TimedParse(parser, Duration.ofSeconds(30)).parse(text(), "plan.txt");
    assertEquals("41", order.header().number());
    assertEquals(java.time.LocalDate.of(2024, 3, 12), order.header().date());
    assertEquals("plan.txt", order.source().file());
  }

  @Test
  void anOverrunIsATimeoutAndItsParseIsInterrupted() throws Exception {
    CountDownLatch interrupted = new CountDownLatch(1);
    InputStream stalled = new InputStream() {
      @Override
      public int read() throws IOException {
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          interrupted.countDown();
          throw new java.io.InterruptedIOException("stopped");
        }
        return -1;
      }
    };
    TimedParse timed = new TimedParse(parser, Duration.ofMillis(200));
    long started = System.nanoTime();
    TimeoutException e = assertThrows(TimeoutException.class, () -> timed.parse(stalled, "stalled.txt"));
    assertEquals("no result in 0.2 s", e.getMessage());
    assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(5));
    assertTrue(interrupted.await(5, TimeUnit.SECONDS), "the overrunning parse is interrupted");
    DocumentException next = assertThrows(DocumentException.class,
        () -> timed.parse(new ByteArrayInputStream(new byte[0]), "next.txt"), "the next parse runs");
    assertEquals(DocumentException.Reason.EMPTY, next.reason());
  }

  @Test
  void whatTheParseThrowsReachesTheCallerAsThrown() {
    TimedParse timed = new TimedParse(parser, Duration.ofSeconds(30));
    DocumentException empty = assertThrows(DocumentException.class,
        () -> timed.parse(new ByteArrayInputStream(new byte[0]), "empty.txt"));
    assertEquals(DocumentException.Reason.EMPTY, empty.reason());
    IOException gone = new IOException("disk gone");
    assertSame(gone, assertThrows(IOException.class, () -> timed.parse(failing(gone), "a.txt")));
    StackOverflowError deep = new StackOverflowError();
    assertSame(deep, assertThrows(StackOverflowError.class, () -> timed.parse(failing(deep), "a.txt")));
    IllegalStateException bug = new IllegalStateException("a bug");
    assertSame(bug, assertThrows(IllegalStateException.class, () -> timed.parse(failing(bug), "a.txt")));
  }

  @Test
  void noLimitParsesInTheCallersThread() throws Exception {
    Thread caller = Thread.currentThread();
    Thread[] reader = new Thread[1];
    InputStream watched = new ByteArrayInputStream(ORDER.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        reader[0] = Thread.currentThread();
        return super.read(b, off, len);
      }
    };
    assertEquals("41", new TimedParse(parser, Duration.ZERO).parse(watched, "a.txt").header().number());
    assertSame(caller, reader[0]);
    assertThrows(IllegalArgumentException.class, () -> new TimedParse(parser, Duration.ofSeconds(-1)));
  }

  private static InputStream text() {
    return new ByteArrayInputStream(ORDER.getBytes(StandardCharsets.UTF_8));
  }

  private static InputStream failing(Throwable t) {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        if (t instanceof IOException io) {
          throw io;
        } else if (t instanceof RuntimeException r) {
          throw r;
        }
        throw (Error) t;
      }
    };
  }
}
