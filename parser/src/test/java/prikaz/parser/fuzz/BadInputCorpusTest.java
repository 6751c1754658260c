package prikaz.parser.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import prikaz.parser.DocumentException;
import prikaz.parser.OcrMode;
import prikaz.parser.OrderParser;
import prikaz.parser.model.Order;

/**
 * A corpus of broken inputs made here from the samples (never stored): each document cut at
 * several points, with bytes flipped, zeroed, doubled, swapped, spliced with another format's
 * bytes, and under the wrong name. Every case ends in an order or a one-line refusal — no runtime
 * exception, no error, no hang — and the reasons met are the expected ones.
 */
class BadInputCorpusTest {
  private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));
  private static final OrderParser PARSER = OrderParser.builder().ocr(OcrMode.NEVER).build();

  /** A broken input: its name (with the extension it claims) and bytes. */
  record Case(String name, byte[] bytes) {}

  static List<Case> corpus() throws Exception {
    List<Path> samples;
    try (Stream<Path> files = Files.list(SAMPLES)) {
      samples = files.filter(p -> p.getFileName().toString().matches("(artem-2020-218|balashov-2022-78)\\.(txt|docx|pdf|rtf|odt|doc)"))
          .sorted().toList();
    }
    List<Case> cases = new ArrayList<>();
    Random random = new Random(20);
    for (Path sample : samples) {
      byte[] bytes = Files.readAllBytes(sample);
      String name = sample.getFileName().toString();
      for (double cut : new double[] {0.01, 0.1, 0.5, 0.9, 0.99}) {
        cases.add(new Case("cut-" + cut + "-" + name, Arrays.copyOf(bytes, (int) (bytes.length * cut))));
      }
      for (int round = 0; round < 4; round++) {
        byte[] flipped = bytes.clone();
        for (int i = 0; i < 1 + round * 20; i++) {
          flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
        }
        cases.add(new Case("flipped-" + round + "-" + name, flipped));
      }
      byte[] zeroed = bytes.clone();
      Arrays.fill(zeroed, zeroed.length / 3, zeroed.length / 2, (byte) 0);
      cases.add(new Case("zeroed-" + name, zeroed));
      byte[] doubled = Arrays.copyOf(bytes, bytes.length * 2);
      System.arraycopy(bytes, 0, doubled, bytes.length, bytes.length);
      cases.add(new Case("doubled-" + name, doubled));
      byte[] swapped = new byte[bytes.length];
      int half = bytes.length / 2;
      System.arraycopy(bytes, half, swapped, 0, bytes.length - half);
      System.arraycopy(bytes, 0, swapped, bytes.length - half, half);
      cases.add(new Case("swapped-" + name, swapped));
      cases.add(new Case(name.replaceAll("\\.\\w+$", ".txt"), bytes));
      cases.add(new Case("head-only-" + name, Arrays.copyOf(bytes, Math.min(bytes.length, 8))));
    }
    for (int i = 0; i + 1 < samples.size(); i++) {
      byte[] a = Files.readAllBytes(samples.get(i));
      byte[] b = Files.readAllBytes(samples.get(i + 1));
      byte[] spliced = Arrays.copyOf(a, a.length / 2 + b.length / 2);
      System.arraycopy(b, b.length - b.length / 2, spliced, a.length / 2, b.length / 2);
      cases.add(new Case("spliced-" + samples.get(i).getFileName(), spliced));
    }
    return cases;
  }

  @Test
  @Timeout(300)
  void everyBrokenInputEndsInAnOrderOrAOneLineRefusal() throws Exception {
    List<Case> corpus = corpus();
    assertTrue(corpus.size() >= 150, corpus.size() + " cases");
    Map<DocumentException.Reason, Integer> reasons = new EnumMap<>(DocumentException.Reason.class);
    int orders = 0;
    List<String> broken = new ArrayList<>();
    for (Case c : corpus) {
      try {
        Order order = PARSER.parse(new ByteArrayInputStream(c.bytes()), c.name());
        assertNotNull(order.header(), c.name());
        assertNotNull(order.plans(), c.name());
        orders++;
      } catch (DocumentException refused) {
        reasons.merge(refused.reason(), 1, Integer::sum);
        if (refused.getMessage().contains("\n") || refused.getMessage().length() > 300) {
          broken.add(c.name() + ": " + refused.getMessage());
        }
      } catch (RuntimeException | Error e) {
        broken.add(c.name() + ": " + e);
      }
    }
    assertEquals(List.of(), broken);
    // the untouched heads of the cut texts still read as orders; the cut office files as unreadable
    assertTrue(orders >= 20, orders + " orders, refusals " + reasons);
    assertTrue(reasons.getOrDefault(DocumentException.Reason.UNREADABLE, 0) >= 10, reasons.toString());
    assertFalse(reasons.containsKey(DocumentException.Reason.TOO_LARGE), reasons.toString());
  }
}
