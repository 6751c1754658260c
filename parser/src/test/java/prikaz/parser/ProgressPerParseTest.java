package prikaz.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import prikaz.parser.model.Order;

/**
 * One parser shared by two threads reading two documents with OCR at once: each call's listener is
 * told of its own document's pages only (a 2-page and a 3-page PDF, every page read with OCR).
 */
class ProgressPerParseTest {
  private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));

  @Test
  void eachParseHearsOfItsOwnPagesOnly() throws Exception {
    OrderParser parser = OrderParser.builder().ocr(OcrMode.ALWAYS).ocrThreads(1).build();
    List<String> twoPages = Collections.synchronizedList(new ArrayList<>());
    List<String> threePages = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<Order> first = threads.submit(parse(parser, start, "balashov-2022-78.pdf", twoPages));
      Future<Order> second = threads.submit(parse(parser, start, "artem-2020-218.pdf", threePages));
      start.countDown();

      assertEquals("78", first.get().header().number());
      assertEquals("218", second.get().header().number());
    } finally {
      threads.shutdownNow();
    }
    assertEquals(List.of("1/2", "2/2"), twoPages);
    assertEquals(List.of("1/3", "2/3", "3/3"), threePages);
  }

  private static Callable<Order> parse(OrderParser parser, CountDownLatch start, String name, List<String> heard) {
    return () -> {
      start.await();
      return parser.parse(SAMPLES.resolve(name), (done, total) -> heard.add(done + "/" + total));
    };
  }
}
