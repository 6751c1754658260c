package prikaz.parser.internal.header;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadingRulesTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "РОССИЙСКАЯ ФЕДЕРАЦИЯ|true",
      "Российская Федерация|true",
      "ТВЕРСКАЯ ОБЛАСТЬ|true",
      "ЗАБАЙКАЛЬСКИЙ КРАЙ|true",
      "РЕСПУБЛИКА ХАКАСИЯ|true",
      "ЯМАЛО-НЕНЕЦКИЙ АВТОНОМНЫЙ ОКРУГ|true",
      "ШАРЫПОВСКИЙ МУНИЦИПАЛЬНЫЙ РАЙОН|true",
      "Тверской области|false",
      "АДМИНИСТРАЦИЯ ГОРОДА|false",
      "Республики Хакасия|false",
  })
  void jurisdiction(String line, boolean expected) {
    assertEquals(expected, HeadingRules.isJurisdiction(line));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "ПРИКАЗ|ПРИКАЗ",
      "П Р И К А З|ПРИКАЗ",
      "Постановление|ПОСТАНОВЛЕНИЕ",
      "ПОСТАНОВЛЕНИЕ:|ПОСТАНОВЛЕНИЕ",
      "Распоряжение от 12.10.2015 г № 77-Р|РАСПОРЯЖЕНИЕ",
      "Приказ № 41-од|ПРИКАЗ",
      "Приказ 12О|ПРИКАЗ",
      "Решение от 14.11.2019|РЕШЕНИЕ",
      "У К А З|УКАЗ",
      "Постановление Администрации города Пскова от 3 мая 2018 г. N 512|",
      "Приказываю:|",
      "Постановление вступает в силу со дня подписания.|",
  })
  void headingKind(String line, String kind) {
    assertEquals(kind, HeadingRules.headingKind(line));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "Постановление Администрации города Пскова от 3 мая 2018 г. N 512|ПОСТАНОВЛЕНИЕ",
      "Приказ Минтруда России от 10.02.2016 N 45н \"Об утверждении …\"|ПРИКАЗ",
      "Распоряжение администрации Шуйского района|РАСПОРЯЖЕНИЕ",
      "Решение коллегии 14 мая 2015 года № 3|РЕШЕНИЕ",
      "Указ Президента Российской Федерации от 7 мая 2018 г. N 204|УКАЗ",
      "Постановление вступает в силу со дня подписания.|",
      "Приказ о приёме на работу|",
      "Распоряжение от 12.10.2015 г № 77-Р|",
  })
  void referenceKind(String line, String kind) {
    assertEquals(kind, HeadingRules.referenceKind(line));
  }

  @ParameterizedTest(name = "{0} → {1} / {2} / {3}")
  @CsvSource(delimiter = '|', value = {
      "от 14.05.2021 № 58|2021-05-14|58|",
      "14.05.2021                        № 58|2021-05-14|58|",
      "№ _58                «14» мая 2021г.|2021-05-14|58|",
      "«14» мая 2021 года № 58 - р|2021-05-14|58-р|",
      "от «___» ________ 20__ г. № ____|||",
      "г. Псков|||г. Псков",
      "р.п. Красные Баки|||р.п. Красные Баки",
      "сл. Родионово-Несветайская|||сл. Родионово-Несветайская",
      "14 мая 2021 года  Псков  N 58-уг|2021-05-14|58-уг|Псков",
      "14.05.2021   г. Великие Луки   № 58|2021-05-14|58|г. Великие Луки",
      "Г.Псков  «14» мая 2021г.|2021-05-14||Г.Псков",
      "Г. Великие Луки 14.05.2021 № 58|2021-05-14|58|Г. Великие Луки",
  })
  void metaLine(String line, String date, String number, String place) {
    assertEquals(true, HeadingRules.isMetaLine(line));
    MetaLine meta = MetaLine.of(line);
    assertEquals(date == null ? null : LocalDate.parse(date), meta.date());
    assertEquals(number, meta.number());
    assertEquals(place, meta.place());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "О проведении конкурса от 14.05.2021",
      "АДМИНИСТРАЦИЯ ГОРОДА",
      "В соответствии с приказом от 14.05.2021 № 58",
      "Г.И. Петров",
  })
  void notAMetaLine(String line) {
    assertEquals(false, HeadingRules.isMetaLine(line));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "В соответствии с Федеральным законом|true",
      "Руководствуясь Уставом района,|true",
      "В целях подготовки к празднику|true",
      "На основании решения комиссии|true",
      "Рассмотрев представление прокуратуры|true",
      "Заслушав информацию начальника отдела|true",
      "Я, главный государственный санитарный врач по области|true",
      "Коллегия отмечает, что за прошедший год|true",
      "Управа района отмечает рост обращений|false",
      "Управа отмечает рост обращений|true",
      "Кабинет министров считает необходимым|true",
      "О проведении конкурса|false",
      "Республики Хакасия от 8 июня 2015 г. № 7|false",
  })
  void preambleStart(String line, boolean expected) {
    assertEquals(expected, HeadingRules.isPreambleStart(line));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "ПРИКАЗЫВАЮ:|true",
      "п р и к а з ы в а ю:|true",
      "ПОСТАНОВЛЯЮ:|true",
      "П О С Т А Н О В Л Я Ю:|true",
      "РЕШИЛ:|true",
      "коллегия РЕШАЕТ:|true",
      "Р Е Ш И Л А:|true",
      "Приказываю провести|false",
      "ПРИКАЗЫВАЮ;|true",
      "постановляю;|true",
  })
  void operative(String line, boolean expected) {
    assertEquals(expected, HeadingRules.isOperative(line));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "Общество с ограниченной ответственностью ОГРН 1027700123456/ ИНН 7701234567|Общество с ограниченной ответственностью",
      "Автономная некоммерческая организация ИНН 6901001234 КПП 690101001|Автономная некоммерческая организация",
      "Индивидуальный предприниматель Петров ОГРНИП 304690100012345|Индивидуальный предприниматель Петров",
      "ИНН 7701234567 КПП 770101001|",
      "ООО ИНН 7701234567|",
      "г. Тверь, ул. Лесная д. 7 ИНН 7701234567|",
      "Общество с ограниченной ответственностью|",
  })
  void nameBeforeRequisites(String line, String name) {
    int at = HeadingRules.requisitesFrom(line);
    assertEquals(name, at < 0 ? null : line.substring(0, at).strip());
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "Банк ТВЕРСКОЙ ФИЛИАЛ ПАО «ПРИМЕРБАНК»|true",
      "Банк: АО «Пример-Банк»|true",
      "в банке ВТБ ПАО г. Тверь|true",
      "р/с 40702810900000012345|true",
      "тел. 8 (4822) 12-34-56|true",
      "Банк России|false",
      "Центральный банк Российской Федерации|false",
      "Общество с ограниченной ответственностью|false",
  })
  void letterheadDetails(String line, boolean details) {
    assertEquals(details, HeadingRules.isIssuerDetails(line));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "= СЕВЕР|true",
      "© Пример|true",
      "~ лого|true",
      "«Северный ветер»|false",
      "(Минкультуры области)|false",
      "№ 5 г. Твери|false",
      "Муниципальное учреждение|false",
  })
  void logoReadAsText(String line, boolean logo) {
    assertEquals(logo, HeadingRules.isLogo(line));
  }
}
