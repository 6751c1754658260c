package prikaz.parser.internal.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import prikaz.parser.model.Reference;

class ReferenceExtractorTest {

  @Test
  void numberBeforeDateAndQuotedTitle() {
    List<Reference> refs = ReferenceExtractor.extract(
        "Во исполнение распоряжения Комитета по образованию № 1234-р от 01.02.2023 «О плане работы»");
    assertEquals(1, refs.size());
    Reference r = refs.get(0);
    assertEquals("распоряжение", r.kind());
    assertEquals("Комитет по образованию", r.issuer());
    assertEquals("1234-р", r.number());
    assertEquals(LocalDate.of(2023, 2, 1), r.date());
    assertEquals("О плане работы", r.title());
  }

  @Test
  void onePluralHeadOverSeveralActs() {
    List<Reference> laws = ReferenceExtractor.extract("В соответствии с Федеральными законами от 24.07.1998 №124-ФЗ "
        + "«Об основных гарантиях прав ребенка в Российской Федерации», от 24.06.1999 №120-ФЗ «Об основах системы "
        + "профилактики безнадзорности и правонарушений несовершеннолетних»");
    assertEquals(2, laws.size());
    assertEquals(List.of("закон", "закон"), laws.stream().map(Reference::kind).toList());
    assertEquals(List.of("124-ФЗ", "120-ФЗ"), laws.stream().map(Reference::number).toList());
    assertEquals(List.of(LocalDate.of(1998, 7, 24), LocalDate.of(1999, 6, 24)), laws.stream().map(Reference::date).toList());
    assertEquals("Об основах системы профилактики безнадзорности и правонарушений несовершеннолетних", laws.get(1).title());
    assertNull(laws.get(0).issuer(), "«от» is not an issuer");

    List<Reference> orders = ReferenceExtractor.extract("Во исполнение приказов Министерства образования Кузбасса "
        + "от 29.06.2022 № 1621, от 14.06.2022 № 1470 и от 01.09.2022 № 2001 «О мониторинге»");
    assertEquals(List.of("1621", "1470", "2001"), orders.stream().map(Reference::number).toList());
    assertEquals(List.of("Министерство образования Кузбасса", "Министерство образования Кузбасса",
        "Министерство образования Кузбасса"), orders.stream().map(Reference::issuer).toList());
    assertEquals("О мониторинге", orders.get(2).title());

    // A singular head with a date after a comma stays one act.
    List<Reference> one = ReferenceExtractor.extract("На основании приказа Минпросвещения России № 1, от 10.01.2023");
    assertEquals(1, one.size());
  }

  @Test
  void purposeClauseAloneGivesNoReferences() {
    assertEquals(List.of(), ReferenceExtractor.extract(
        "В целях повышения качества образования и реализации программы развития школы"));
  }

  @Test
  void regulationApprovedByAnotherActTakesItsDetails() {
    List<Reference> refs = ReferenceExtractor.extract(
        "В соответствии с Положением о внутренней системе оценки качества, утвержденным приказом "
            + "Департамента образования от 3 марта 2021 года № 45, и письмом Федеральной службы по надзору "
            + "в сфере образования и науки от 12.01.2022 № 08-12 «О ВПР»");
    assertEquals(2, refs.size());
    assertEquals("положение", refs.get(0).kind());
    assertEquals("о внутренней системе оценки качества", refs.get(0).title());
    assertEquals("Департамент образования", refs.get(0).issuer());
    assertEquals(LocalDate.of(2021, 3, 3), refs.get(0).date());
    assertEquals("45", refs.get(0).number());
    assertEquals("письмо", refs.get(1).kind());
    assertEquals("Федеральная служба по надзору в сфере образования и науки", refs.get(1).issuer());
    assertEquals("08-12", refs.get(1).number());
  }

  @Test
  void mergedClosingQuotesAreRestored() {
    List<Reference> refs = ReferenceExtractor.extract(
        "На основании письма управления от 15 февраля 2022 года №59 «О семинаре «Объективность», с целью "
            + "совершенствования работы");
    assertEquals(1, refs.size());
    assertEquals("О семинаре «Объективность»", refs.get(0).title());
    assertEquals("управление", refs.get(0).issuer());
    assertEquals(LocalDate.of(2022, 2, 15), refs.get(0).date());
  }

  @Test
  void amendmentInBracketsIsItsOwnReference() {
    List<Reference> refs = ReferenceExtractor.extract(
        "руководствуясь Уставом школы, утвержденным постановлением администрации от 01.02.2015 № 10 "
            + "(в ред. постановления администрации от 05.06.2020 № 77),");
    assertEquals(2, refs.size());
    assertEquals("устав", refs.get(0).kind());
    assertEquals("10", refs.get(0).number());
    assertEquals("постановление", refs.get(1).kind());
    assertEquals("77", refs.get(1).number());
    assertEquals("постановления администрации от 05.06.2020 № 77", refs.get(1).text());
    assertNull(refs.get(1).title());
  }

  @Test
  void everyActKindWithItsDetails() {
    List<Reference> refs = ReferenceExtractor.extract("В соответствии с Указом Президента Российской Федерации от "
        + "07.05.2018 № 204 «О национальных целях», распоряжением Правительства Тульской области от 12.02.2020 "
        + "№ 88-р, письмом Рособрнадзора от 16.03.2018 № 05-71, решением Совета депутатов от 01.02.2021 № 15/2, "
        + "Положением о муниципальной системе оценки качества, протоколом заседания коллегии от 10.01.2022 № 1, "
        + "планом мероприятий министерства на 2022 год, государственной программой «Развитие образования»");
    assertEquals(List.of("указ", "распоряжение", "письмо", "решение", "положение", "протокол", "план", "программа"),
        refs.stream().map(Reference::kind).toList());
    assertEquals("204", refs.get(0).number());
    assertEquals(LocalDate.of(2018, 5, 7), refs.get(0).date());
    assertEquals("О национальных целях", refs.get(0).title());
    assertEquals("88-р", refs.get(1).number());
    assertEquals("05-71", refs.get(2).number());
    assertEquals(LocalDate.of(2018, 3, 16), refs.get(2).date());
    assertEquals("15/2", refs.get(3).number());
    assertEquals("о муниципальной системе оценки качества", refs.get(4).title());
    assertNull(refs.get(4).number());
    assertEquals(LocalDate.of(2022, 1, 10), refs.get(5).date());
    // Named only: the name is the title, no issuer, date or number.
    assertEquals("мероприятий министерства на 2022 год", refs.get(6).title());
    assertNull(refs.get(6).issuer());
    assertNull(refs.get(6).date());
    assertEquals("Развитие образования", refs.get(7).title());
    assertNull(refs.get(7).number());
    assertNull(refs.get(7).date());
  }

  @Test
  void oneActNamedInAnAppendixBlock() {
    Reference act = ReferenceExtractor.act("к приказу министерства образования и науки Хабаровского края "
        + "от 13 ноября 2015 г. N 5976");
    assertEquals("приказ", act.kind());
    assertEquals("министерство образования и науки Хабаровского края", act.issuer());
    assertEquals(LocalDate.of(2015, 11, 13), act.date());
    assertEquals("5976", act.number());
    Reference stamp = ReferenceExtractor.act("постановлением администрации города от « 10 » марта 2015 г. № 15-ПП/1");
    assertEquals("постановление", stamp.kind());
    assertEquals("администрация города", stamp.issuer());
    assertEquals(LocalDate.of(2015, 3, 10), stamp.date());
    assertEquals("15-ПП/1", stamp.number());
    Reference school = ReferenceExtractor.act("приказом МАОУ «Лицей № 2» от 01.09.2022 № 23а-1000");
    assertEquals("МАОУ «Лицей № 2»", school.issuer());
    assertNull(school.title());
    assertEquals("23а-1000", school.number());
    assertNull(ReferenceExtractor.act(""));
    assertNull(ReferenceExtractor.act("Приложение 1"));
  }

  /**
   * A long run of spaces or tabs (a text copied from a form, a table flattened into a line) after a
   * date is read in time linear in its length: the act is found, its words kept apart by one space.
   */
  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void longRunsOfSpacesAfterADate() {
    String gap = " \t".repeat(100_000);
    String preamble = "В соответствии с приказом Управления образования от 01.02.2023" + gap + "№ 15" + gap
        + "«О проверке»";
    List<Reference> refs = ReferenceExtractor.extract(preamble);
    assertEquals(1, refs.size());
    assertEquals("Управление образования", refs.get(0).issuer());
    assertEquals(LocalDate.of(2023, 2, 1), refs.get(0).date());
    assertEquals("15", refs.get(0).number());
    assertEquals("О проверке", refs.get(0).title());
    Reference act = ReferenceExtractor.act("к приказу Управления образования от 01.02.2023" + gap + "№ 15");
    assertEquals("15", act.number());
  }
}
