package prikaz.parser.internal.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import prikaz.parser.model.Header;
import prikaz.parser.model.Reference;

/** Whole openings in the forms real acts are published in, each written for this test. */
class OpeningFormsTest {

  private static Header header(String text) throws Exception {
    return HeaderReaderTest.header(text);
  }

  @Test
  void legalDatabaseReferenceLineAlone() throws Exception {
    Header h = header("""
        Постановление Администрации города Пскова от 3 мая 2018 г. N 512-п
        "О проведении городского смотра "Весенняя капель" в 2018 году"
        Постановлением Администрации города Пскова от 1 июня 2020 г. N 40 настоящее постановление признано утратившим силу
        Руководствуясь Уставом города Пскова, решением Псковской городской Думы от 12 апреля 2011 года N 1702, постановляю:
        1. Провести смотр.
        """);
    assertEquals("ПОСТАНОВЛЕНИЕ", h.docType());
    assertEquals("Администрация города Пскова", h.issuer());
    assertEquals(LocalDate.of(2018, 5, 3), h.date());
    assertEquals("512-п", h.number());
    assertEquals("О проведении городского смотра \"Весенняя капель\" в 2018 году", h.title());
    Reference decision = h.basis().stream().filter(r -> r.date() != null).findFirst().orElseThrow();
    assertEquals("решение", decision.kind());
    assertEquals(LocalDate.of(2011, 4, 12), decision.date());
    assertEquals("1702", decision.number());
    assertEquals(1, h.points().size());
  }

  @Test
  void referenceLineThenTheFormalHeadingWithRevisionNote() throws Exception {
    Header h = header("""
        Распоряжение Губернатора Тверской области от 11.03.2016 № 87-рг
        Об утверждении плана мероприятий

        ГУБЕРНАТОР ТВЕРСКОЙ ОБЛАСТИ

        РАСПОРЯЖЕНИЕ

        от 11 марта 2016 года N 87-рг

        ОБ УТВЕРЖДЕНИИ ПЛАНА МЕРОПРИЯТИЙ

        ПО ПОДГОТОВКЕ К ПАВОДКУ

        (в ред. распоряжения Губернатора Тверской области
        от 04.04.2016 N 120-рг)

        В соответствии с Федеральным законом от 21.12.1994 N 68-ФЗ:
        1. Утвердить план.
        """);
    assertEquals("РАСПОРЯЖЕНИЕ", h.docType());
    assertEquals("ГУБЕРНАТОР ТВЕРСКОЙ ОБЛАСТИ", h.issuer());
    assertEquals(LocalDate.of(2016, 3, 11), h.date());
    assertEquals("87-рг", h.number());
    assertEquals("ОБ УТВЕРЖДЕНИИ ПЛАНА МЕРОПРИЯТИЙ ПО ПОДГОТОВКЕ К ПАВОДКУ", h.title());
    assertEquals(List.of("68-ФЗ"), h.basis().stream().map(Reference::number).toList(), h.basis().toString());
  }

  @Test
  void wholeActFlattenedOntoOneLine() throws Exception {
    Header h = header("Решение Лосицкого сельского Совета депутатов от 12.05.2015 № 31 \"Об утверждении"
        + " Положения о старосте деревни\"< Главная страница Зарегистрировано в реестре 20 мая 2015 г. N 9/1234"
        + " Лосицкий сельский Совет депутатов РЕШИЛ: 1. Утвердить прилагаемое Положение о старосте деревни."
        + " 2. Контроль за исполнением настоящего решения возложить на постоянную комиссию (Петров П.П.)."
        + " Председатель И.И. Сидоров");
    assertEquals("РЕШЕНИЕ", h.docType());
    assertEquals(LocalDate.of(2015, 5, 12), h.date());
    assertEquals("31", h.number());
    assertEquals("Об утверждении Положения о старосте деревни", h.title());
    assertEquals(2, h.points().size());
    assertEquals("Председатель", h.signatory().position());
    assertEquals("И.И. Сидоров", h.signatory().name());
  }

  @Test
  void flattenedHeadingWithPlaceAndTitleInCapitals() throws Exception {
    Header h = header("Постановление Правительства Псковской области от 02.02.2010 № 12ПРАВИТЕЛЬСТВО ПСКОВСКОЙ"
        + " ОБЛАСТИ ПОСТАНОВЛЕНИЕ от 2 февраля 2010 года N 12 г. Псков О ДОПЛАТАХ МОЛОДЫМ СПЕЦИАЛИСТАМ"
        + " В соответствии со статьей 8 Закона Псковской области от 1 июня 2005 года N 443-ОЗ постановляет:"
        + " 1. Установить доплаты.");
    assertEquals("ПОСТАНОВЛЕНИЕ", h.docType());
    assertEquals("ПРАВИТЕЛЬСТВО ПСКОВСКОЙ ОБЛАСТИ", h.issuer());
    assertEquals(LocalDate.of(2010, 2, 2), h.date());
    assertEquals("12", h.number());
    assertEquals("г. Псков", h.place());
    assertEquals("О ДОПЛАТАХ МОЛОДЫМ СПЕЦИАЛИСТАМ", h.title());
    assertEquals("443-ОЗ", h.basis().get(0).number());
  }

  @Test
  void numberBeforeDateAndJurisdictionLines() throws Exception {
    Header h = header("""
        РОССИЙСКАЯ ФЕДЕРАЦИЯ

        ЗАБАЙКАЛЬСКИЙ КРАЙ АДМИНИСТРАЦИЯ

        ШИЛКИНСКОГО МУНИЦИПАЛЬНОГО РАЙОНА

        ПОСТАНОВЛЕНИЕ

        ____________________________________________

        № _37                                                 «16» марта 2021г.

        О подготовке к пожароопасному

        сезону 2021 года

        В целях предупреждения пожаров администрация района постановляет:
        1. Создать оперативный штаб.
        """);
    assertEquals("АДМИНИСТРАЦИЯ ШИЛКИНСКОГО МУНИЦИПАЛЬНОГО РАЙОНА", h.issuer());
    assertEquals(List.of("РОССИЙСКАЯ ФЕДЕРАЦИЯ", "ЗАБАЙКАЛЬСКИЙ КРАЙ"), h.issuerDetails());
    assertEquals("37", h.number());
    assertEquals(LocalDate.of(2021, 3, 16), h.date());
    assertEquals("О подготовке к пожароопасному сезону 2021 года", h.title());
  }

  @Test
  void dateAndNumberWithoutFromAndASuffixSpacedOut() throws Exception {
    Header h = header("""
        АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ
        «ЛОСИЦКОЕ СЕЛЬСКОЕ ПОСЕЛЕНИЕ»
        РАСПОРЯЖЕНИЕ
        14 апреля 2015 года № 33 - р
        Об утверждении плана
        В целях обеспечения безопасности:
        1. Утвердить план.
        Глава администрации                    П.П. Петров
        """);
    assertEquals("33-р", h.number());
    assertEquals(LocalDate.of(2015, 4, 14), h.date());
    assertEquals("Глава администрации", h.signatory().position());
  }

  @Test
  void placeAndNumberInsideTheDateLineAndNumberGluedToTitle() throws Exception {
    Header h = header("""
        ГЛАВА ГОРОДА ЛОСИЦЫ
        ПОСТАНОВЛЕНИЕ
        09.04.2010                          N 61О  порядке  приёма  граждан
        В целях упорядочения приёма:
        1. Утвердить график.
        """);
    assertEquals("61", h.number());
    assertEquals(LocalDate.of(2010, 4, 9), h.date());
    assertEquals("О порядке приёма граждан", h.title());
  }

  @Test
  void placeGluedToTheTitle() throws Exception {
    Header h = header("""
        ПРАВИТЕЛЬСТВО ПСКОВСКОЙ ОБЛАСТИ
        РАСПОРЯЖЕНИЕ
        от 1 августа 2014 года N 124-р
        г.Псков О внесении изменений в распоряжение Правительства области от 3 июня 2013 года N 210-р
        Внести в распоряжение изменения согласно приложению.Губернатор области А.А.Петров
        """);
    assertEquals("г.Псков", h.place());
    assertEquals("О внесении изменений в распоряжение Правительства области от 3 июня 2013 года N 210-р", h.title());
    assertEquals("Губернатор области", h.signatory().position());
    assertEquals("А.А.Петров", h.signatory().name());
  }

  @Test
  void blankDraftFieldsGiveNullsNotTitle() throws Exception {
    Header h = header("""
        ПРИКАЗ
        от «___»_______ 2021г. №
        Об организации летнего отдыха
        В целях организации отдыха детей п р и к а з ы в а ю :
        1. Утвердить план.
        """);
    assertNull(h.date());
    assertNull(h.number());
    assertEquals("Об организации летнего отдыха", h.title());
  }

  @Test
  void decreeWithIssuerUnderTheKindAndPlaceInTheDateLine() throws Exception {
    Header h = header("""
        У К А З
        Губернатора Псковской области
        11 февраля 2022 года  Псков  N 9-УГ
        О мерах по поддержке семей
        В соответствии с Уставом области постановляю:
        1. Установить меры.
        """);
    assertEquals("УКАЗ", h.docType());
    assertEquals("Губернатор Псковской области", h.issuer());
    assertEquals("Псков", h.place());
    assertEquals("9-УГ", h.number());
  }

  @Test
  void collegiumDecisionWithoutIssuerLine() throws Exception {
    Header h = header("""
        Решение коллегии 14 мая 2015 года № 3
        Заслушав информацию начальника отдела образования Петровой А.А., коллегия РЕШАЕТ:
        1. Принять информацию к сведению.
        """);
    assertEquals("РЕШЕНИЕ", h.docType());
    assertEquals(LocalDate.of(2015, 5, 14), h.date());
    assertEquals("3", h.number());
    assertNull(h.title());
    assertEquals(1, h.points().size());
  }

  @Test
  void multiParagraphTitleStopsAtThePreamble() throws Exception {
    Header h = header("""
        АДМИНИСТРАЦИЯ ЛОСИЦКОГО РАЙОНА
        ПОСТАНОВЛЕНИЕ
        от 12.01.2022 № 4

        О мерах по предупреждению пожаров

        в границах сельского

        поселения на 2022 год.

        Коллегия отмечает, что число пожаров снизилось.
        ПОСТАНОВЛЯЮ:
        1. Утвердить план.
        """);
    assertEquals("О мерах по предупреждению пожаров в границах сельского поселения на 2022 год", h.title());
    assertEquals("Коллегия отмечает, что число пожаров снизилось.", h.preamble());
  }

  @Test
  void titleInCapitalsRepeatedInMixedCaseIsNotJoined() throws Exception {
    Header h = header("""
        Распоряжение от 17.01.2019 г № 5-Р

        Об утверждении плана спортивных соревнований на 2019 год


        НА 2019 ГОД
        В соответствии с областным законом:
        1. Утвердить план.
        """);
    assertEquals("Об утверждении плана спортивных соревнований на 2019 год", h.title());
    assertEquals("5-Р", h.number());
  }

  @Test
  void signatureAfterUnnumberedParagraphs() throws Exception {
    Header h = header("""
        Распоряжение от 02.05.2018 г № 61
        О завершении отопительного периода
        В связи с установившейся тёплой погодой закончить отопительный период 3 мая 2018 года.
        Разрешить детским садам продлить отопление на неделю.
        Глава администрации муниципального образования                С.ПЕТРОВ
        """);
    assertEquals("Глава администрации муниципального образования", h.signatory().position());
    assertEquals("С.ПЕТРОВ", h.signatory().name());
  }

  @Test
  void dateAndPlaceAboveAKindWithABareNumber() throws Exception {
    Header h = header("""
        Общество с ограниченной ответственностью «Автошкола Старт»
        12 марта 2024 г. г. Великие Луки
        Приказ 15К
        об утверждении графика занятий
        Руководствуясь уставом общества,
        ПРИКАЗЫВАЮ:
        1. Утвердить график.
        Генеральный директор ______________ Петров П.П.
        """);
    assertEquals("Общество с ограниченной ответственностью «Автошкола Старт»", h.issuer());
    assertEquals(LocalDate.of(2024, 3, 12), h.date());
    assertEquals("15К", h.number());
    assertEquals("г. Великие Луки", h.place());
    assertEquals("об утверждении графика занятий", h.title());
    assertEquals("Генеральный директор", h.signatory().position());
    assertEquals("Петров П.П.", h.signatory().name());
  }
}
