package prikaz.parser.internal.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RussianDatesTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "от 14.05.2021|2021-05-14",
      "14.05.21 г.|2021-05-14",
      "«3» июня 2019года № 12|2019-06-03",
      "« 7 » октября 2016 года|2016-10-07",
      "от 1 сентября 2020 г. N 4|2020-09-01",
      "ОТ 18 НОЯБРЯ 2019 ГОДА № 48|2019-11-18",
      "с. Ивановка « 2 » апреля 2018 года|2018-04-02",
      "12 .05.2006 г.|2006-05-12",
  })
  void readsTheDate(String text, String date) {
    assertEquals(LocalDate.parse(date), RussianDates.first(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "от «___» ________ 20__ г.",
      "от 01 2017 г № 5",
      "31.06.2022",
      "на 2021 год",
  })
  void findsNoDate(String text) {
    assertNull(RussianDates.first(text));
  }

  @ParameterizedTest(name = "{0} ends at {1}")
  @CsvSource(delimiter = '|', value = {
      // the year word belongs to the date …
      "11.03.2021 г.|13",
      "5 мая 2020 года Тверь|15",
      // … but «г.» before a town's name is the town's
      "11.03.2021 г. Нижний Тагил|10",
      "11.03.2021   г. Кострома|10",
  })
  void yearWordBelongsToTheDateUnlessATownFollows(String text, int end) {
    assertEquals(end, RussianDates.find(text, 0).end());
  }
}
