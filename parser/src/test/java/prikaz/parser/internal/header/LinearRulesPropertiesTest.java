package prikaz.parser.internal.header;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import prikaz.parser.DocumentException;

/**
 * Random mixtures of the pieces hostile openings are made of — hyphenated place-like words,
 * dotted numbers, deadlines, spaced capitals, unclosed quotes, point numbers — of up to sixty
 * thousand characters: the header rules read each within a bound that only a hang would miss.
 */
class LinearRulesPropertiesTest {

  @Property(tries = 40)
  void mixedHostileOpeningsEndQuickly(@ForAll("openings") String text) {
    List<OpeningLine> lines = new ArrayList<>();
    int block = 0;
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        lines.add(new OpeningLine(line.strip(), block++, true));
      }
    }
    assertTimeoutPreemptively(Duration.ofSeconds(15), () -> {
      try {
        HeaderReader.read(lines);
      } catch (DocumentException refused) {
        // a clean refusal is an answer too
      }
    });
  }

  @Provide
  Arbitrary<String> openings() {
    Arbitrary<String> piece = Arbitraries.of("Ааа-", "Ббб-на-", "г. ", "с. ", "1.", "1.1.", "1) ", "срок до 01.02.2020 . ",
        "до 15 марта 2020 года", "П Р И К А З ", "П О С Т ", "\"О ", "«", "»", "№ 5 ", "от 01.02.2020 ", "\n", "\n1. ",
        "ПРИКАЗЫВАЮ:", "В соответствии с ", "Директор ", "И.И. Иванов", ", ", " ", "-", ".");
    return piece.list().ofMinSize(100).ofMaxSize(6_000)
        .map(pieces -> "ПРИКАЗ\n" + String.join("", pieces) + "\n");
  }
}
