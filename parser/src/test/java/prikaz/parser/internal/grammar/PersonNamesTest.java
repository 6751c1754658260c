package prikaz.parser.internal.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonNamesTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "А.Б. Петров|true",
      "А. Б. Петров|true",
      "Петров А.Б.|true",
      "Петрова А. Б.|true",
      "Т.С. СОКОЛОВА|true",
      "Соколова Тамара Сергеевна|true",
      "Римский-Корсаков Н.А.|true",
      "Петрова  А.Б.|true",
      "Отдел образования|false",
      "МБОУ СОШ № 3|false",
      "Директор|false",
  })
  void recognisesAPerson(String text, boolean person) {
    assertEquals(person, PersonNames.isPerson(text));
  }
}
