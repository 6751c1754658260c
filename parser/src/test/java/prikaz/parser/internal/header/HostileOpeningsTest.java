package prikaz.parser.internal.header;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import prikaz.parser.DocumentException;

/**
 * Inputs built to make the header's rules backtrack or go quadratic end in a few seconds (the
 * bound is for a hang, not a speed target: those are the benchmark's).
 */
class HostileOpeningsTest {

  static Stream<Arguments> inputs() {
    return Stream.of(
        Arguments.of("hyphenated place-like words", "ПРИКАЗ\nг. " + "Ааа-Ббб-".repeat(20_000) + "\n"),
        Arguments.of("one line of deadlines", "ПРИКАЗ\n1. Сделать " + "срок до 01.02.2020 . ".repeat(5_000) + "\n"),
        Arguments.of("dotted numbers", "ПРИКАЗ\n" + "1.".repeat(20_000) + " Провести\n"),
        Arguments.of("spaced letters", "П Р И К А З " + "П О С Т ".repeat(20_000) + "\n"),
        Arguments.of("flattened act", "Постановление Администрации района от 01.02.2020 № 5 " + "В целях Я, ".repeat(10_000)),
        Arguments.of("thousands of points", "ПРИКАЗ\nот 01.02.2020 № 5\nО плане\nПРИКАЗЫВАЮ:\n"
            + "1. Пункт.\n".repeat(20_000)),
        Arguments.of("quotes never closed", "ПРИКАЗ\n\"О " + "\"плане ".repeat(20_000) + "\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void endsQuickly(String name, String text) {
    List<OpeningLine> lines = new ArrayList<>();
    int block = 0;
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        lines.add(new OpeningLine(line.strip(), block++, true));
      }
    }
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      try {
        HeaderReader.read(lines);
      } catch (DocumentException notAnOrder) {
        // a clean refusal is an answer too
      }
    });
  }
}
