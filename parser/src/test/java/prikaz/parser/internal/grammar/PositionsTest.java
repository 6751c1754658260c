package prikaz.parser.internal.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PositionsTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      // what a scan reads into the signature's gap is dropped from the end …
      "Заведующий ©|Заведующий",
      "Главный врач ® =|Главный врач",
      "Директор колледжа ШВЫлллоеКА|Директор колледжа",
      "Председатель (о 217 ж/ЛЛ|Председатель",
      "Начальник управления ~~ |Начальник управления",
      "Глава поселения 55|Глава поселения",
      "Ректор и|Ректор",
      "Исполняющий обязанности директора р|Исполняющий обязанности директора",
      "Управляющий делами —|Управляющий делами",
      // … words of a position stay, wherever they are
      "Директор МБОУ СОШ № 12|Директор МБОУ СОШ № 12",
      "Директор школы №7|Директор школы №7",
      "Генеральный директор ООО|Генеральный директор ООО",
      "Начальник отдела по делам ГОиЧС|Начальник отдела по делам ГОиЧС",
      "Ректор КемГУ|Ректор КемГУ",
      "Глава администрации МО:|Глава администрации МО",
      "И.о. главы администрации г. Тулы|И.о. главы администрации г. Тулы",
      "Директор ООО «Вектор-М»|Директор ООО «Вектор-М»",
      "Заместитель министра (по спорту)|Заместитель министра (по спорту)",
      "Главный специалист IT-отдела|Главный специалист IT-отдела",
  })
  void dropsAScrawlAfterThePosition(String read, String position) {
    assertEquals(position, Positions.withoutScrawl(read));
  }

  @Test
  void nothingButAScrawlIsNoPosition() {
    assertNull(Positions.withoutScrawl("© 217"));
    assertNull(Positions.withoutScrawl(null));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "Глава района|true",
      "И.о. директора|true",
      "Генеральный директор|true",
      "Временно исполняющий обязанности главы|true",
      "Заведующий отделом|true",
      "Исполняющая обязанности директора|true",
      "Управляющий делами|true",
      "Министерство финансов|false",
      "Отдел образования|false",
      "Директива|false",
  })
  void knowsAPositionWord(String text, boolean position) {
    assertEquals(position, Positions.startsWithPosition(text));
  }
}
