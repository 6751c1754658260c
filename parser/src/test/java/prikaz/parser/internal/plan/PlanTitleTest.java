package prikaz.parser.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import prikaz.parser.model.Plan;
import prikaz.parser.internal.read.TextReader;

/** Which lines above a plan table make its title. */
class PlanTitleTest {

  private static Plan plan(String text) {
    return PlanExtractor.extract(TextReader.parse(text), 0, null).plans().get(0);
  }

  private static final String TABLE = """
      | № | Мероприятие | Срок | Ответственный |
      |---|---|---|---|
      | 1. | Уборка дворов | 15 мая | Иванов И.И. |
      """;

  @Test
  void aTitleWrappedOverLinesOfOneParagraphIsJoinedAndARemarkUnderItIsANote() {
    Plan plan = plan("""
        ПЛАН
        мероприятий по благоустройству
        территории поселения на 2022 год

        (утвержден распоряжением главы поселения от 01.03.2022 № 14)

        """ + TABLE);
    assertEquals("ПЛАН мероприятий по благоустройству территории поселения на 2022 год", plan.title());
    assertEquals(List.of("(утвержден распоряжением главы поселения от 01.03.2022 № 14)"), plan.notes());
    assertEquals(LocalDate.of(2022, 5, 15), plan.items().get(0).deadline().start());
  }

  @Test
  void aPeriodOnALineOfItsOwnUnderAMixedCaseNameGoesOnWithTheTitle() {
    Plan plan = plan("""
        ПЛАН РАБОТЫ МБОУ ООШ д. Берёзовка

        НА ОКТЯБРЬ МЕСЯЦ 2023/2024 УЧЕБНОГО ГОДА

        | № | Мероприятие | Срок | Ответственный |
        |---|---|---|---|
        | 1. | Педсовет | 26.10 | Директор |
        """);
    assertEquals("ПЛАН РАБОТЫ МБОУ ООШ д. Берёзовка НА ОКТЯБРЬ МЕСЯЦ 2023/2024 УЧЕБНОГО ГОДА", plan.title());
    assertEquals(LocalDate.of(2023, 10, 1), plan.period().start());
    assertEquals(LocalDate.of(2023, 10, 31), plan.period().end());
    assertEquals(LocalDate.of(2023, 10, 26), plan.items().get(0).deadline().start());
  }

  @Test
  void aLineStartingWithAYearAndAQuotedNameGoOnWithTheTitle() {
    Plan plan = plan("""
        УТВЕРЖДАЮ
        Директор школы
        ________ А.А. Петрова
        План-график
        подготовки к олимпиадам
        в 2021 –
        2022 учебном году
        «Знатоки родного края»
        """ + TABLE);
    assertEquals("План-график подготовки к олимпиадам в 2021 – 2022 учебном году «Знатоки родного края»", plan.title());
    assertEquals(List.of("УТВЕРЖДАЮ Директор школы ________ А.А. Петрова"), plan.notes());
  }

  @Test
  void aDateUnderTheTitleAndACaptionAboveTheTableAreNotTitle() {
    Plan plan = plan("""
        Перечень мероприятий сельской библиотеки на май 2019 г.
        12.04.2019

        Даты и места проведения
        (в порядке проведения)

        """ + TABLE);
    assertEquals("Перечень мероприятий сельской библиотеки на май 2019 г.", plan.title());
    assertEquals(List.of("12.04.2019", "Даты и места проведения (в порядке проведения)"), plan.notes());
  }

  @Test
  void anAppendixBlockSetLineByLineAboveAPlanWordLineOfTheSameParagraph() {
    Plan plan = plan("""
        Приложение N 2
        к распоряжению
        главы района
        N 77 от 5 апреля 2020 года
        План
        мероприятий по очистке берегов рек
        /--------------------------------------\\
        """ + TABLE);
    assertEquals("План мероприятий по очистке берегов рек", plan.title());
    assertEquals("приложение 2", plan.appendix());
    assertEquals("77", plan.appendixOf().act().number());
    assertEquals(LocalDate.of(2020, 4, 5), plan.appendixOf().act().date());
    // The year of «15 мая» comes from the approving act: the plan alone has no order date.
    assertEquals(LocalDate.of(2020, 5, 15), plan.items().get(0).deadline().start());
  }

  @Test
  void titleInCapitalsSetAsParagraphsOfOneLineEach() {
    Plan plan = plan("""
        ПЛАН

        МЕРОПРИЯТИЙ ПО ПОДГОТОВКЕ К ЗИМЕ

        1. Общие положения

        """ + TABLE);
    assertEquals("ПЛАН МЕРОПРИЯТИЙ ПО ПОДГОТОВКЕ К ЗИМЕ", plan.title());
    assertEquals(List.of("1. Общие положения"), plan.notes());
  }

  @Test
  void withoutAPlanWordTheLastParagraphAndItsLowercaseContinuationAreTheTitle() {
    Plan plan = plan("""
        Отдел культуры

        Афиша учреждений культуры
        на июнь 2023 года

        """ + TABLE);
    assertEquals("Афиша учреждений культуры на июнь 2023 года", plan.title());
    assertEquals(List.of("Отдел культуры"), plan.notes());
  }

  @Test
  void aPlanForTheComingOfANewYearCoversTheDecemberBeforeIt() {
    Plan plan = plan("""
        План праздничных мероприятий к встрече Нового 2025 года

        | № | Мероприятие | Срок | Ответственный |
        |---|---|---|---|
        | 1. | Ёлка для детей | 28 декабря | Иванов И.И. |
        | 2. | Рождественский концерт | 7 января | Петрова А.А. |
        """);
    assertEquals(LocalDate.of(2024, 12, 1), plan.period().start());
    assertEquals(LocalDate.of(2025, 1, 31), plan.period().end());
    assertEquals(LocalDate.of(2024, 12, 28), plan.items().get(0).deadline().start());
    assertEquals(LocalDate.of(2025, 1, 7), plan.items().get(1).deadline().start());
  }

  @Test
  void aHeadingThatEndsWithAColonIsNoTitle() {
    Plan plan = plan("""
        Провести следующие мероприятия:

        """ + TABLE);
    assertNull(plan.title());
  }
}
