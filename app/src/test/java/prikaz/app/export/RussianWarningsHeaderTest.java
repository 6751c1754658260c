package prikaz.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prikaz.parser.OrderParser;
import prikaz.parser.model.Order;
import prikaz.parser.model.Warning;

class RussianWarningsHeaderTest {

  @Test
  void anIncompleteHeadingIsToldInRussian(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("draft.txt");
    Files.writeString(file, """
        ПРИКАЗ
        от «___»_______ 2021г. №
        Об организации летнего отдыха
        ПРИКАЗЫВАЮ:
        1. Утвердить план.
        """);
    Order order = OrderParser.builder().build().parse(file);
    Warning warning = order.warnings().stream().filter(w -> w.code() == Warning.Code.HEADER_INCOMPLETE).findFirst().orElseThrow();
    assertEquals("the heading gives no date, number, issuer", warning.message());
    assertEquals("в реквизитах акта не найдены: дата, номер, издатель", RussianWarnings.message(warning));
  }
}
