package prikaz.parser.internal.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import prikaz.parser.DocumentException;
import prikaz.parser.model.Header;
import prikaz.parser.model.Point;
import prikaz.parser.internal.read.Layout;
import prikaz.parser.internal.read.TextReader;

class HeaderReaderTest {

  /** Lines of a text as the order parser hands them over. */
  static Header header(String text) throws DocumentException {
    List<OpeningLine> lines = new ArrayList<>();
    List<Layout.Block> blocks = TextReader.parse(text).blocks();
    for (int b = 0; b < blocks.size(); b++) {
      if (blocks.get(b) instanceof Layout.Paragraph p) {
        for (int i = 0; i < p.lines().size(); i++) {
          lines.add(new OpeningLine(p.lines().get(i), b, i == 0));
        }
      }
    }
    return HeaderReader.read(lines).header();
  }

  @Test
  void numberOnTheTypeLineAndWordDate() throws Exception {
    Header h = header("""
        КОМИТЕТ ПО ОБРАЗОВАНИЮ
        АДМИНИСТРАЦИИ ГОРОДА

        Приказ № 15-ПП/1

        от « 10 » марта 2015 г.

        г. Тула

        О проведении мониторинга

        ПРИКАЗЫВАЮ:
        1. Провести мониторинг.

        Председатель комитета
        А.Б. Петров
        """);
    assertEquals("ПРИКАЗ", h.docType());
    assertEquals("15-ПП/1", h.number());
    assertEquals(LocalDate.of(2015, 3, 10), h.date());
    assertEquals("г. Тула", h.place());
    assertEquals("КОМИТЕТ ПО ОБРАЗОВАНИЮ АДМИНИСТРАЦИИ ГОРОДА", h.issuer());
    assertEquals("О проведении мониторинга", h.title());
    assertEquals("Председатель комитета", h.signatory().position());
    assertEquals("А.Б. Петров", h.signatory().name());
  }

  @Test
  void aShortSignatureLineBesideTheNameIsNotPartOfIt() throws Exception {
    for (String line : java.util.List.of("Е.В. Соколова _", "Е.В. Соколова __", "_ Е.В. Соколова",
        "Заведующий отделом __ Е.В. Соколова")) {
      Header h = header("""
          ОТДЕЛ ОБРАЗОВАНИЯ
          ПРИКАЗ
          02.09.2024                                    № 41
          Об организации питания
          ПРИКАЗЫВАЮ:
          1. Организовать питание.
          Заведующий отделом
          """ + line + "\n");
      assertEquals("Заведующий отделом", h.signatory().position(), line);
      assertEquals("Е.В. Соколова", h.signatory().name(), line);
    }
  }

  @Test
  void dateAndNumberOnOneLineWithLatinN() throws Exception {
    Header h = header("""
        МИНИСТЕРСТВО ОБРАЗОВАНИЯ
        П Р И К А З
        04.04.2012          N 220
        Об утверждении плана
        мероприятий на 2012 год
        ПРИКАЗЫВАЮ:
        1. Утвердить план.
        Министр                         В.В. Иванов
        """);
    assertEquals(LocalDate.of(2012, 4, 4), h.date());
    assertEquals("220", h.number());
    assertNull(h.place());
    assertEquals("Об утверждении плана мероприятий на 2012 год", h.title());
    assertEquals("Министр", h.signatory().position());
    assertEquals("В.В. Иванов", h.signatory().name());
  }

  @Test
  void numberBeforeDateAndOtherActTypes() throws Exception {
    Header h = header("""
        АДМИНИСТРАЦИЯ РАЙОНА

        РАСПОРЯЖЕНИЕ
        № 01-05/123 от 12.09.2021

        О назначении ответственных

        1. Назначить ответственных.
        2. Контроль оставляю за собой.

        Глава района И.И. Сидоров
        """);
    assertEquals("РАСПОРЯЖЕНИЕ", h.docType());
    assertEquals("01-05/123", h.number());
    assertEquals(LocalDate.of(2021, 9, 12), h.date());
    assertEquals(2, h.points().size());
    assertEquals("Глава района", h.signatory().position());
    assertEquals("И.И. Сидоров", h.signatory().name());
  }

  @Test
  void subPointsDashLinesAndPointDeadlines() throws Exception {
    Header h = header("""
        ШКОЛА № 5
        ПРИКАЗ
        01.09.2023 № 12
        Об организации работы
        ПРИКАЗЫВАЮ:
        1. Заместителям директора:
        1.1. Разработать план в срок до 15 сентября 2023 года.
        1.2. Провести анализ (срок до 01.10.2023).
        2. Учителям:
        - довести до сведения;
        - обеспечить выполнение.
        Директор
        Петрова А.А.
        """);
    List<Point> points = h.points();
    assertEquals(2, points.size());
    assertEquals("1", points.get(0).number());
    assertEquals(List.of("1.1", "1.2"), points.get(0).subpoints().stream().map(Point::number).toList());
    assertEquals("до 15 сентября 2023 года", points.get(0).subpoints().get(0).deadline().text());
    assertEquals("до 01.10.2023", points.get(0).subpoints().get(1).deadline().text());
    assertEquals("Учителям:\n- довести до сведения;\n- обеспечить выполнение.", points.get(1).text());
    assertEquals("Петрова А.А.", h.signatory().name());
    assertEquals("Директор", h.signatory().position());
  }

  @Test
  void addressAndPhoneLinesAreIssuerDetails() throws Exception {
    Header h = header("""
        МБОУ «СРЕДНЯЯ ОБЩЕОБРАЗОВАТЕЛЬНАЯ ШКОЛА № 3»
        123456, г. Энск, ул. Мира, д. 1, тел. 8(800)123-45-67
        ИНН 1234567890
        ПРИКАЗ
        от 05.10.2022 N 976
        Об утверждении плана
        """);
    assertEquals("МБОУ «СРЕДНЯЯ ОБЩЕОБРАЗОВАТЕЛЬНАЯ ШКОЛА № 3»", h.issuer());
    assertEquals(2, h.issuerDetails().size());
    assertEquals("976", h.number());
    assertEquals(LocalDate.of(2022, 10, 5), h.date());
  }

  @Test
  void textWithoutActTypeIsNotAnOrder() {
    DocumentException e = assertThrows(DocumentException.class,
        () -> header("Уважаемые коллеги!\nПриглашаем вас на семинар 10.10.2022.\n"));
    assertEquals(DocumentException.Reason.NOT_AN_ORDER, e.reason());
  }

  @Test
  void everyOperativeVerbEndsThePreamble() throws Exception {
    for (String verb : List.of("ПРИКАЗЫВАЮ:", "ПОСТАНОВЛЯЮ:", "ОБЯЗЫВАЮ:", "ПРЕДЛАГАЮ:", "п р и к а з ы в а ю:",
        "постановляю:")) {
      Header h = header("""
          АДМИНИСТРАЦИЯ ГОРОДА
          Постановление
          от 05.10.2022 N 976
          О подготовке к зиме
          В целях подготовки объектов к зиме
          %s
          1. Провести проверку.
          2. Контроль оставляю за собой.
          Глава города И.И. Сидоров
          """.formatted(verb));
      assertEquals("ПОСТАНОВЛЕНИЕ", h.docType(), verb);
      assertEquals("В целях подготовки объектов к зиме", h.preamble(), verb);
      assertEquals(List.of("1", "2"), h.points().stream().map(Point::number).toList(), verb);
      assertEquals("И.И. Сидоров", h.signatory().name(), verb);
    }
  }

  @Test
  void everyBodyNamedBeforeAThirdPersonVerbLeavesThePreamble() throws Exception {
    for (String body : List.of("Кабинет министров Республики", "Управа района", "Администрация города",
        "Муниципальная комиссия")) {
      Header h = header("""
          РЕСПУБЛИКА
          Постановление
          от 14.02.2023 № 88
          О мерах поддержки семей
          В целях поддержки семей с детьми %s постановляет:
          1. Утвердить порядок выплат.
          Председатель А.Б. Петров
          """.formatted(body));
      assertEquals("В целях поддержки семей с детьми", h.preamble(), body);
      assertEquals("88", h.number(), body);
      assertEquals(List.of("1"), h.points().stream().map(Point::number).toList(), body);
    }
  }

  @Test
  void aCouncilDecidesInTheThirdPerson() throws Exception {
    Header h = header("""
        СОВЕТ ДЕПУТАТОВ
        МУНИЦИПАЛЬНОГО ОКРУГА
        Решение
        № 15/2 от 01.02.2021
        О плане работы
        На основании Устава муниципального округа Совет депутатов муниципального округа решил:
        1. Утвердить план работы.
        Глава муниципального округа
        А.П. СИДОРЕНКО
        """);
    assertEquals("РЕШЕНИЕ", h.docType());
    assertEquals("15/2", h.number());
    assertEquals(LocalDate.of(2021, 2, 1), h.date());
    assertEquals("На основании Устава муниципального округа", h.preamble());
    assertEquals("устав", h.basis().get(0).kind());
    assertEquals(1, h.points().size());
    assertEquals("Глава муниципального округа", h.signatory().position());
    assertEquals("А.П. СИДОРЕНКО", h.signatory().name());
  }
}
