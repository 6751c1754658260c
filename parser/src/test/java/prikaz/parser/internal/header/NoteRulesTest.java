package prikaz.parser.internal.header;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoteRulesTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "_______________________________|true",
      "------------|true",
      "* * *|true",
      "Постановления и распоряжения|true",
      "Нормативные правовые акты|true",
      "Откройте актуальную версию документа прямо сейчас|true",
      "< Главная страница|true",
      "Информация об изменяющих документах|true",
      "Список изменяющих документов|true",
      "В официальном тексте документа допущена опечатка: следует читать «2021».|true",
      "Дата опубликования: 12 марта 2019 г.|true",
      "АДМИНИСТРАЦИЯ ГОРОДА|false",
      "О проведении смотра-конкурса|false",
      "Постановление главы района|false",
  })
  void furniture(String line, boolean expected) {
    assertEquals(expected, NoteRules.isFurniture(line));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "Постановлением Администрации района от 2 мая 2017 г. N 88 настоящее постановление признано утратившим силу|true",
      "Документ утратил силу с 1 января 2021 года|true",
      "Вступает в силу через десять дней после опубликования.|true",
      "Вступил в силу с 1 марта 2012 года|true",
      "Зарегистрировано в Минюсте России 3 апреля 2015 г. N 36700|true",
      "С 1 января 2019 года данный Приказ считается изданным Министерством просвещения|true",
      "2. Настоящее постановление вступает в силу со дня подписания.|false",
      "В целях обеспечения безопасности|false",
  })
  void statusNote(String line, boolean expected) {
    assertEquals(expected, NoteRules.isStatusNote(line));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "(в ред. постановлений Администрации района от 12.04.2016 N 101, от 03.02.2017 N 12)|true",
      "(с изменениями на 14 марта 2020 года)|true",
      "(с изменениями и дополнениями)|true",
      "Документ с изменениями, внесенными:|true",
      "(в редакции решения Думы|true",
      "{Изменения:|true",
      "(с изм. от 01.10.2010)|true",
      "В соответствии с изменениями в законодательстве|false",
      "О внесении изменений в постановление|false",
  })
  void revisionNote(String line, boolean expected) {
    assertEquals(expected, NoteRules.isRevisionNote(line));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "распоряжением Правительства Российской Федерации от 3 марта 2016 года N 351-р;|true",
      "постановлением администрации от 12.05.2019 № 44.|true",
      "Распоряжением Губернатора от 1 мая 2019 г. N 5|false",
      "руководителям учреждений обеспечить явку|false",
  })
  void amendingActInARevisionList(String line, boolean expected) {
    assertEquals(expected, NoteRules.isAmendingAct(line));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "Приложение № 2|true",
      "Приложение|true",
      "к постановлению администрации|true",
      "УТВЕРЖДЕН|true",
      "Утверждено приказом отдела образования|true",
      "СОГЛАСОВАНО|true",
      "Приложением к настоящему приказу утвердить|false",
      "Утвердить план мероприятий|false",
  })
  void appendixStamp(String line, boolean expected) {
    assertEquals(expected, NoteRules.isAppendixStamp(line));
  }
}
