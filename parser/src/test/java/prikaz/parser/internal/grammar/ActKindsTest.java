package prikaz.parser.internal.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActKindsTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "ПРИКАЗ|ПРИКАЗ",
      "Постановление от 03.03.2003 № 3|ПОСТАНОВЛЕНИЕ",
      "распоряжение главы|РАСПОРЯЖЕНИЕ",
      "РЕШЕНИЕ|РЕШЕНИЕ",
      "Указ Губернатора области|УКАЗ",
      "Приказываю:|",
      "Положение о конкурсе|",
      "Постановлением администрации|",
  })
  void leadingKind(String text, String kind) {
    assertEquals(kind, ActKinds.leading(text));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "П Р И К А З|ПРИКАЗ",
      "П О С Т А Н О В Л Е Н И Е  от 1 мая|ПОСТАНОВЛЕНИЕ  от 1 мая",
      "У К А З|УКАЗ",
      "Р Е Ш Е Н И Е|РЕШЕНИЕ",
      "О Б Щ И Е положения|ОБЩИЕ положения",
      "АО Б В|АО Б В",
  })
  void closesUpSpacedLetters(String text, String closed) {
    assertEquals(closed, ActKinds.closeUp(text));
  }
}
