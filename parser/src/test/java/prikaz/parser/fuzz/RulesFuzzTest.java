package prikaz.parser.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import prikaz.parser.DocumentException;
import prikaz.parser.OrderParser;
import prikaz.parser.internal.deadline.DeadlineContext;
import prikaz.parser.internal.deadline.DeadlineParser;
import prikaz.parser.model.Deadline;
import prikaz.parser.model.Order;
import prikaz.parser.model.Period;

/**
 * The rules on any text: the deadline grammar always answers with the phrase kept and its dates in
 * order; the header, point and plan rules (through the whole parser on a text document) give an
 * order or a clean refusal. See {@link ReaderFuzzTest} for how the fuzz tests run.
 */
class RulesFuzzTest {
  private static final OrderParser PARSER = OrderParser.builder().build();
  private static final DeadlineContext YEAR = new DeadlineContext(
      new Period("на 2023 год", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)), LocalDate.of(2022, 12, 20));

  @FuzzTest(maxDuration = "25s")
  void deadlineGrammar(byte[] data) {
    String phrase = new String(data, StandardCharsets.UTF_8);
    Deadline deadline = DeadlineParser.parse(phrase, YEAR);
    assertNotNull(deadline.kind());
    assertEquals(phrase, deadline.text());
    if (deadline.start() != null && deadline.end() != null) {
      assertTrue(!deadline.start().isAfter(deadline.end()), deadline.start() + " after " + deadline.end());
    }
  }

  @FuzzTest(maxDuration = "25s")
  void headerRules(byte[] data) {
    String text = "ПРИКАЗ\n" + new String(data, StandardCharsets.UTF_8);
    try {
      Order order = PARSER.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "fuzz.txt");
      assertNotNull(order.header());
      assertEquals("txt", order.source().format());
    } catch (DocumentException refused) {
      assertNotNull(refused.reason());
    } catch (java.io.IOException e) {
      throw new AssertionError("a byte array cannot fail to be read", e);
    }
  }
}
