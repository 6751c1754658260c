package prikaz.parser.internal.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import prikaz.parser.DocumentException;

class OpeningRolesTest {

  /** One line per paragraph; the roles of the heading lines, «-» for lines under the title. */
  private static List<String> roles(String text) throws DocumentException {
    List<OpeningLine> lines = new ArrayList<>();
    int block = 0;
    for (String line : text.strip().split("\n")) {
      lines.add(new OpeningLine(line.strip(), block++, true));
    }
    OpeningRoles.Roles roles = OpeningRoles.assign(lines);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      out.add(roles.of(i) == null ? "-" : roles.of(i).name());
    }
    return out;
  }

  @Test
  void letterheadWithJurisdictionLines() throws Exception {
    assertEquals(List.of("JURISDICTION", "JURISDICTION", "ISSUER", "ISSUER", "FURNITURE", "ACT_KIND",
        "DATE_NUMBER", "DATE_NUMBER", "TITLE", "TITLE", "-", "-"), roles("""
        РОССИЙСКАЯ ФЕДЕРАЦИЯ
        ПСКОВСКАЯ ОБЛАСТЬ
        АДМИНИСТРАЦИЯ СЕЛЬСКОГО ПОСЕЛЕНИЯ
        «ЛОСИЦКАЯ ВОЛОСТЬ»
        ______________________________
        ПОСТАНОВЛЕНИЕ
        от 14.05.2021 № 58
        д. Лосицы
        О мерах по охране лесов
        от пожаров в 2021 году
        В целях обеспечения пожарной безопасности
        ПОСТАНОВЛЯЮ:
        """));
  }

  @Test
  void databaseReferenceAboveTheHeading() throws Exception {
    assertEquals(List.of("BIBLIOGRAPHIC", "BIBLIOGRAPHIC", "ISSUER", "ACT_KIND", "DATE_NUMBER", "TITLE",
        "REVISION_NOTE", "-"), roles("""
        Постановление Правительства Тверской области от 03.03.2015 N 95-пп
        Об утверждении порядка
        ПРАВИТЕЛЬСТВО ТВЕРСКОЙ ОБЛАСТИ
        ПОСТАНОВЛЕНИЕ
        от 3 марта 2015 г. N 95-пп
        ОБ УТВЕРЖДЕНИИ ПОРЯДКА
        (в ред. Постановления Правительства Тверской области от 12.04.2016 N 140-пп)
        Правительство Тверской области постановляет:
        """));
  }

  @Test
  void onlyTheReferenceLineNamesTheAct() throws Exception {
    assertEquals(List.of("ACT_KIND", "DATE_NUMBER", "TITLE", "STATUS_NOTE", "-"), roles("""
        Постановление Администрации города Пскова
        от 3 мая 2018 г. N 512
        "О проведении смотра"
        Постановлением Администрации города Пскова от 1 июня 2020 г. N 40 настоящее постановление признано утратившим силу
        В целях развития творчества:
        """));
  }

  @Test
  void issuerInTheGenitiveUnderTheKind() throws Exception {
    assertEquals(List.of("BIBLIOGRAPHIC", "ACT_KIND", "ISSUER", "DATE_NUMBER", "TITLE", "-"), roles("""
        Указ Губернатора Псковской области от 11.02.2022 N 9-УГ "О мерах"
        У К А З
        Губернатора Псковской области
        11 февраля 2022 года  Псков  N 9-УГ
        О мерах
        В соответствии с Уставом области
        """));
  }

  @Test
  void noActKindButDateAndNumberUnderTheIssuer() throws Exception {
    assertEquals(List.of("ISSUER", "ISSUER", "DATE_NUMBER", "DATE_NUMBER", "TITLE", "-"), roles("""
        АДМИНИСТРАЦИЯ
        СЕЛЬСКОГО ПОСЕЛЕНИЯ ЛОСИЦЫ
        от 14 мая 2021 года № 58
        д. Лосицы
        О мерах по охране лесов
        В целях обеспечения пожарной безопасности
        """));
  }

  @Test
  void appendixStampIsNoHeading() {
    assertThrows(DocumentException.class, () -> roles("""
        Приложение № 1
        к распоряжению администрации города
        от 15.03.2021 № 27-р
        План мероприятий
        """));
  }
}
