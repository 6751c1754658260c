package prikaz.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import prikaz.parser.DocumentException.Reason;
import prikaz.parser.model.Order;
import prikaz.parser.model.Warning;

class OrderParserTest {
  private static final OrderParser PARSER = OrderParser.builder().build();

  private static final String SHORT_ORDER = """
      ОТДЕЛ ОБРАЗОВАНИЯ
      ПРИКАЗ
      от 01.09.2023 № 7
      Об утверждении плана

      ПРИКАЗЫВАЮ:
      1. Утвердить план (приложение 1).

      Начальник отдела
      И.И. Иванов

      План на 2023 год

      | № | Мероприятие | Срок | Ответственный |
      |---|---|---|---|
      | 1 | Совещание | сентябрь 2023 | Иванов И.И. |
      """;

  private static Order parse(String text) throws Exception {
    return PARSER.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "order.txt");
  }

  @Test
  void aPlanCopiedFromAWebPageWithoutItsOrderIsReadAsAPlanAlone() throws Exception {
    Order order = parse("""
        N п/п |
        Наименование мероприятий |
        Срок исполнения |
        Ответственные |
        1. |
        Рейд по дворам |
        до 10.06.2023 |
        Участковый Сидоров |
        """);
    assertEquals(List.of(Warning.Code.NO_HEADER), order.warnings().stream().map(w -> w.code()).toList());
    assertEquals(1, order.plans().size());
    assertEquals("Рейд по дворам", order.plans().get(0).items().get(0).activity());
    assertEquals(LocalDate.of(2023, 6, 10), order.plans().get(0).items().get(0).deadline().end());
  }

  @Test
  void anAppendixPublishedWithoutItsActIsAPlanAloneWhoseActComesFromTheAppendixBlock() throws Exception {
    Order order = parse("""
        Приложение N 1
        к постановлению
        администрации поселка
        от 14 февраля 2019 г. N 52
        План
        мероприятий ко Дню защитника Отечества
        N |
        Мероприятия |
        Срок |
        Ответственный |
        1. |
        Турнир по мини-футболу |
        20 февраля |
        Спорткомитет |
        """);
    assertEquals(List.of(Warning.Code.NO_HEADER), order.warnings().stream().map(w -> w.code()).toList());
    assertEquals(null, order.header().date());
    assertEquals("План мероприятий ко Дню защитника Отечества", order.plans().get(0).title());
    assertEquals("52", order.plans().get(0).appendixOf().act().number());
    assertEquals(LocalDate.of(2019, 2, 20), order.plans().get(0).items().get(0).deadline().start());
  }

  @Test
  void aPlanOfCellsEndedByBarsUnderAnOrderIsReadAsItsTable() throws Exception {
    Order order = parse("""
        ОТДЕЛ КУЛЬТУРЫ

        ПРИКАЗ

        12.01.2024 № 3

        Об утверждении плана

        ПРИКАЗЫВАЮ:

        1. Утвердить план (приложение).

        Начальник отдела И.И. Иванов

        Приложение к приказу от 12.01.2024 № 3
        План мероприятий
        N |
        Мероприятия |
        Срок |
        Ответственный |
        1. |
        Смотр самодеятельности |
        до 01.03.2024 |
        Орлов В.В. |
        """);
    assertEquals(1, order.plans().size());
    assertEquals("Смотр самодеятельности", order.plans().get(0).items().get(0).activity());
    assertEquals("План мероприятий", order.plans().get(0).title());
  }

  @Test
  void shortOrderEndToEnd() throws Exception {
    Order order = parse(SHORT_ORDER);
    assertEquals("prikaz/1", order.schema());
    assertEquals("order.txt", order.source().file());
    assertEquals("txt", order.source().format());
    assertEquals(64, order.source().sha256().length());
    assertEquals(LocalDate.of(2023, 9, 1), order.header().date());
    assertEquals("7", order.header().number());
    assertEquals("И.И. Иванов", order.header().signatory().name());
    assertEquals(1, order.plans().size());
    assertEquals("План на 2023 год", order.plans().get(0).title());
    assertEquals("приложение 1", order.plans().get(0).appendix());
    assertEquals("Совещание", order.plans().get(0).items().get(0).activity());
  }

  @Test
  void orderWithoutTableHasNoPlansAndNoError() throws Exception {
    Order order = parse(SHORT_ORDER.substring(0, SHORT_ORDER.indexOf("План на")));
    assertEquals(0, order.plans().size());
    assertEquals(1, order.header().points().size());
  }

  static Stream<Arguments> badInputs() {
    byte[] pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.US_ASCII);
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0};
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0};
    return Stream.of(
        Arguments.of("empty", new byte[0], Reason.EMPTY),
        Arguments.of("blank lines", "\n\n  \n".getBytes(StandardCharsets.UTF_8), Reason.NOT_AN_ORDER),
        Arguments.of("a letter, not an order", "Уважаемые коллеги!\nПросим представить отчет.\n".getBytes(StandardCharsets.UTF_8), Reason.NOT_AN_ORDER),
        Arguments.of("a broken pdf named .txt", pdf, Reason.UNREADABLE),
        Arguments.of("zip named .txt", zip, Reason.UNSUPPORTED),
        Arguments.of("truncated png named .txt", png, Reason.UNREADABLE),
        Arguments.of("executable", elf, Reason.UNSUPPORTED),
        Arguments.of("an html letter", "<html><body><p>Уважаемые коллеги!</p></body></html>".getBytes(StandardCharsets.UTF_8), Reason.NOT_AN_ORDER),
        Arguments.of("a spreadsheet", "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8), Reason.UNSUPPORTED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void badInputEndsInACleanDocumentException(String name, byte[] content, Reason reason) {
    DocumentException e = assertThrows(DocumentException.class,
        () -> PARSER.parse(new ByteArrayInputStream(content), "x.txt"));
    assertEquals(reason, e.reason(), e.getMessage());
    assertTrue(e.getMessage().startsWith(reason.label()), e.getMessage());
    assertTrue(!e.getMessage().contains("\n"), "one line");
  }

  @Test
  void inputOverTheLimitIsRefused() {
    OrderParser small = OrderParser.builder().maxBytes(100).build();
    DocumentException e = assertThrows(DocumentException.class,
        () -> small.parse(new ByteArrayInputStream(SHORT_ORDER.getBytes(StandardCharsets.UTF_8)), "big.txt"));
    assertEquals(Reason.TOO_LARGE, e.reason());
  }

  @Test
  void missingFileIsAnIoError(@TempDir Path dir) {
    assertThrows(NoSuchFileException.class, () -> PARSER.parse(dir.resolve("missing.txt")));
    DocumentException e = assertThrows(DocumentException.class, () -> PARSER.parse(dir));
    assertEquals(Reason.UNREADABLE, e.reason());
  }

  @Test
  void fileNameWithoutDirectoriesIsTheSourceName(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("575.txt");
    Files.writeString(file, SHORT_ORDER, StandardCharsets.UTF_8);
    assertEquals("575.txt", PARSER.parse(file).source().file());
  }

  @Test
  void oneParserServesManyThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Order>> results = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        results.add(pool.submit(() -> parse(SHORT_ORDER)));
      }
      Order first = results.get(0).get();
      for (Future<Order> result : results) {
        assertEquals(first, result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
