package prikaz.parser.internal.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import prikaz.parser.DocumentException;
import prikaz.parser.OrderParser;
import prikaz.parser.model.Order;

/**
 * The header and point rules take time linear in their input: each adversarial shape, grown from
 * ten thousand to four hundred thousand characters, is read whole (text reader, header, points,
 * plan) within the time bound, where backtracking or quadratic work would take hours at the top
 * size. The bound is for a hang, not a speed target.
 */
class LinearRulesTest {
  private static final OrderParser PARSER = OrderParser.builder().build();
  private static final String OPENING = "ПРИКАЗ\nот 01.02.2020 № 5\nО плане работы\nПРИКАЗЫВАЮ:\n";

  /** A shape: the text made of {@code unit} repeated to about {@code size} characters. */
  private static String grown(String head, String unit, String tail, int size) {
    return head + unit.repeat(Math.max(1, size / unit.length())) + tail;
  }

  static Stream<Arguments> shapes() {
    List<Arguments> shapes = new ArrayList<>();
    for (int size : new int[] {10_000, 100_000, 400_000}) {
      shapes.add(Arguments.of("place-like hyphenated words", size, grown("ПРИКАЗ\nг. ", "Усть-Ааа-на-Ббб-", "\n", size)));
      shapes.add(Arguments.of("hyphenated words on many lines", size,
          grown("ПРИКАЗ\n", "с. Ново-Ааа-Ббб-Ввв\n", "", size)));
      shapes.add(Arguments.of("thousands of points", size, grown(OPENING, "1. Провести проверку.\n", "", size)));
      shapes.add(Arguments.of("thousands of sub-points", size,
          grown(OPENING + "1. Утвердить:\n", "1.1. план;\n1.2. состав;\n", "", size)));
      shapes.add(Arguments.of("deadlines on one line", size,
          grown(OPENING + "1. Сделать ", "срок до 01.02.2020 . ", "\n", size)));
      shapes.add(Arguments.of("deadlines in points", size,
          grown(OPENING, "2. Отчитаться в срок до 15 марта 2020 года.\n", "", size)));
      shapes.add(Arguments.of("dotted number", size, grown("ПРИКАЗ\n", "1.", " Провести\n", size)));
      shapes.add(Arguments.of("dotted numbers as points", size, grown(OPENING, "1.1.1.1.1.1.1 Пункт\n", "", size)));
      shapes.add(Arguments.of("spaced capitals", size, grown("П Р И К А З ", "П О С Т А Н О В Л Я Ю ", "\n", size)));
      shapes.add(Arguments.of("spaced capitals on lines", size, grown("", "П Р И К А З\n", "", size)));
      shapes.add(Arguments.of("quotes never closed", size, grown("ПРИКАЗ\n\"О ", "\"плане «работы ", "\n", size)));
      shapes.add(Arguments.of("basis acts in one sentence", size,
          grown(OPENING.replace("ПРИКАЗЫВАЮ:\n", "В соответствии с "), "приказом от 01.02.2020 № 5, ", "\nПРИКАЗЫВАЮ:\n", size)));
      shapes.add(Arguments.of("signatures", size, grown(OPENING + "1. Пункт.\n", "Директор И.И. Иванов\n", "", size)));
    }
    return shapes.stream();
  }

  @ParameterizedTest(name = "{0}, {1} chars")
  @MethodSource("shapes")
  @Timeout(30)
  void readsInLinearTime(String shape, int size, String text) throws Exception {
    assertTrue(text.length() >= size * 0.9 && text.length() <= size * 1.1 + 200, text.length() + " chars");
    try {
      Order order = PARSER.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "hostile.txt");
      assertEquals("txt", order.source().format());
    } catch (DocumentException refused) {
      // a clean refusal (not an order, too complex) is an answer within the bound too
      assertTrue(refused.getMessage().length() < 300, refused.getMessage());
    }
  }
}
