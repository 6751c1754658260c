package prikaz.parser.internal.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActNumbersTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "№ 75|75",
      "от 12.03.2019 N 301|301",
      "No. 12|12",
      "N417-р|417-р",
      "№ _58                «14» мая 2021г.|58",
      "17 марта 2014 года № 33 - р|33-р",
      "№ 02-11/318-осн.|02-11/318-осн",
      "№ 48-Р/АДМ|48-Р/АДМ",
      "от 09.04.2010 N 61О  порядке приёма|61",
      "№ 7ПОСТАНОВЛЕНИЕ ГЛАВЫ|7",
      "от 21 декабря 2001 годаN 95-ФЗ|95-ФЗ",
      "№ 1683н|1683н",
      "№ 9/114|9/114",
  })
  void readsTheNumber(String text, String number) {
    assertEquals(number, ActNumbers.first(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "от «___» ________ 20__ г. № ____",
      "Nature 5",
      "пункт 5 статьи 12",
      "№",
  })
  void findsNoNumber(String text) {
    assertNull(ActNumbers.first(text));
  }
}
