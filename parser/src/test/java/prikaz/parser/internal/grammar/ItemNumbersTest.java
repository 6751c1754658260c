package prikaz.parser.internal.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItemNumbersTest {

  @ParameterizedTest(name = "{0} → {1} / {2}")
  @CsvSource(delimiter = '|', value = {
      "1. Утвердить план.|1|Утвердить план.",
      "2.3. Обеспечить явку.|2.3|Обеспечить явку.",
      "4) провести совещание|4|провести совещание",
      "1.2.10 Мониторинг|1.2.10|Мониторинг",
  })
  void readsANumberedLine(String line, String number, String text) {
    assertEquals(number, ItemNumbers.numbered(line).group(1));
    assertEquals(text, ItemNumbers.numbered(line).group(2));
  }

  @Test
  void aDateIsNoNumberedLine() {
    assertNull(ItemNumbers.numbered("Утвердить план"));
  }

  @ParameterizedTest(name = "{0} then {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "1|2|true",
      "1|1.1|true",
      "1.2|1.3|true",
      "1.2|2|true",
      "1.2|1.2.1|true",
      "1.2|1.4|false",
      "3|1|false",
  })
  void nextNumber(String current, String candidate, boolean next) {
    assertEquals(next, ItemNumbers.isNext(current, candidate));
  }
}
