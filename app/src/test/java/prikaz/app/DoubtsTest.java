package prikaz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prikaz.app.export.JsonExporter;
import prikaz.app.export.RussianWarnings;
import prikaz.parser.model.Header;
import prikaz.parser.model.Order;
import prikaz.parser.model.Point;
import prikaz.parser.model.Source;
import prikaz.parser.model.Warning;

/** Doubtful results: warned of, and a non-zero exit under {@code --strict}. */
class DoubtsTest {
  private static final Path VARIANTS = Path.of(System.getProperty("samples.dir", "../samples"))
      .resolveSibling("parser/src/test/resources/variants");

  private static Order scan(List<Point> points) {
    Header header = new Header("ШКОЛА", List.of(), "ПРИКАЗ", java.time.LocalDate.of(2023, 9, 1), "7", null,
        "Об утверждении плана", null, List.of(), points, null);
    return new Order(new Source("scan.pdf", "pdf", "0".repeat(64), null, true), header, List.of(), List.of());
  }

  @Test
  void aScanThatNamesAnAppendixButGaveNoPlanIsWarnedOf() {
    Order warned = Doubts.warned(scan(List.of(new Point("1", "Утвердить план мероприятий (приложение).", null, List.of()))));
    assertEquals(List.of(Warning.Code.PLAN_EMPTY), warned.warnings().stream().map(Warning::code).toList());
    assertEquals(Map.of("PLAN_EMPTY", 1), Doubts.of(warned));
    assertEquals("в приказе названо приложение, но таблица плана со скана не прочитана: сверьте скан и распознавание",
        RussianWarnings.message(warned.warnings().get(0)));

    Order plain = Doubts.warned(scan(List.of(new Point("1", "Назначить ответственным Иванова И.И.", null, List.of()))));
    assertEquals(List.of(), plain.warnings(), "an act without an appendix is not doubted");
  }

  @Test
  void strictFailsADoubtfulResultButStillWritesIt(@TempDir Path dir) throws Exception {
    String appendixAlone = VARIANTS.resolve("krasnoyarsk-2021-appendix-only.txt").toString();
    Run lenient = Run.of("parse", appendixAlone);
    assertEquals(0, lenient.exit(), lenient.err());
    assertEquals("", lenient.err());

    Run strict = Run.of("parse", appendixAlone, "--strict");
    assertEquals(Cli.DOUBTFUL, strict.exit());
    assertEquals(5, Cli.DOUBTFUL);
    assertEquals("prikaz: " + appendixAlone + ": needs checking: NO_HEADER\n", strict.err());
    JsonNode order = JsonExporter.mapper().readTree(strict.out());
    assertEquals("NO_HEADER", order.at("/warnings/0/code").asText(), "written all the same");
    assertTrue(Run.of("parse", appendixAlone, "--strict", "--lang", "ru").err().endsWith(": требует проверки: NO_HEADER\n"));

    Path samples = Path.of(System.getProperty("samples.dir", "../samples"));
    assertEquals(0, Run.of("parse", samples.resolve("artem-2020-218.txt").toString(), "--strict").exit(),
        "repairs are not doubts");

    Run batch = Run.of("batch", appendixAlone, samples.resolve("artem-2020-218.txt").toString(), "--out",
        dir.resolve("out").toString(), "--strict");
    assertEquals(Cli.DOUBTFUL, batch.exit(), batch.err());
    assertTrue(batch.err().contains(": needs checking: NO_HEADER\n"), batch.err());
    JsonNode summary = JsonExporter.mapper().readTree(dir.resolve("out/summary.json").toFile());
    assertEquals(1, summary.at("/counts/doubtful").asInt());
  }

  @Test
  @org.junit.jupiter.api.Tag("ocr")
  void strictCountsAHandwrittenDateAndNumberOnAScanAsDoubts(@TempDir Path dir) throws Exception {
    // The sample's page 1 with the date after «от» and the number after «№» written in by hand.
    java.awt.image.BufferedImage page = javax.imageio.ImageIO.read(
        Path.of(System.getProperty("samples.dir", "../samples")).resolve("artem-2020-218.scan.png").toFile());
    java.awt.Graphics2D g = page.createGraphics();
    g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
    java.util.Random random = new java.util.Random(3);
    for (int[] box : new int[][] {{822, 392, 170, 44}, {866, 512, 80, 44}}) {
      g.setColor(new java.awt.Color(235, 235, 235));
      g.fillRect(box[0], box[1], box[2], box[3]);
      g.setColor(new java.awt.Color(60, 60, 60));
      g.setStroke(new java.awt.BasicStroke(3f));
      java.awt.geom.Path2D.Double pen = new java.awt.geom.Path2D.Double();
      double mid = box[1] + box[3] / 2.0;
      pen.moveTo(box[0] + 10, mid);
      for (double x = box[0] + 10; x < box[0] + box[2] - 20; x += 6) {
        pen.lineTo(x + random.nextInt(4),
            mid + Math.sin(x / (7 + random.nextInt(5))) * box[3] * (0.2 + 0.25 * random.nextDouble()) - (x - box[0]) * 0.04);
      }
      g.draw(pen);
    }
    g.dispose();
    Path scan = dir.resolve("handwritten.png");
    javax.imageio.ImageIO.write(page, "png", scan.toFile());

    Run strict = Run.of("parse", scan.toString(), "--strict", "--lang", "ru");

    assertEquals(Cli.DOUBTFUL, strict.exit(), strict.err());
    assertTrue(strict.err().endsWith(": требует проверки: LOW_CONFIDENCE_HEADER ×2\n"), strict.err());
    JsonNode order = JsonExporter.mapper().readTree(strict.out());
    assertTrue(order.at("/header/date").isNull());
    assertTrue(order.at("/header/number").isNull());
    JsonNode warning = order.at("/warnings").findParent("code");
    List<String> messages = new java.util.ArrayList<>();
    order.at("/warnings").forEach(w -> {
      if (w.get("code").asText().equals("LOW_CONFIDENCE_HEADER")) {
        messages.add(w.get("message").asText().replaceAll("\\(уверенность [\\d.]+\\).*", ""));
      }
    });
    assertEquals(List.of("распознавание не уверено в реквизите «дата» ", "распознавание не уверено в реквизите «номер» "),
        messages, String.valueOf(warning));
  }
}
