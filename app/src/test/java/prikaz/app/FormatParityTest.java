package prikaz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import prikaz.app.export.JsonExporter;
import prikaz.parser.OrderParser;
import prikaz.parser.model.Order;

/**
 * The same order gives the same header and plans whatever file it came in: every
 * {@code samples/NAME.docx}, {@code .doc}, {@code .odt}, {@code .rtf} and {@code .pdf} (made from NAME.txt by
 * {@code samples/make-formats.sh}) against the text sample's reviewed golden JSON. {@code source}
 * differs by nature; {@code warnings} may differ in wording where a format tells more (a page break
 * the text only implies).
 */
class FormatParityTest {
  private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));
  private static final List<String> FORMATS = List.of("docx", "doc", "odt", "rtf", "pdf");
  private static final ObjectMapper MAPPER = JsonExporter.mapper();
  private static final OrderParser PARSER = OrderParser.builder().build();

  static Stream<String> files() throws Exception {
    try (Stream<Path> files = Files.list(SAMPLES)) {
      return files.map(p -> p.getFileName().toString())
          .filter(name -> FORMATS.contains(name.substring(name.lastIndexOf('.') + 1)))
          .filter(name -> !name.contains(".scan."))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void headerAndPlansEqualTheTextSample(String file) throws Exception {
    String name = file.substring(0, file.lastIndexOf('.'));
    String format = file.substring(file.lastIndexOf('.') + 1);
    JsonNode expected = MAPPER.readTree(SAMPLES.resolve("expected").resolve(name + ".json").toFile());

    Order order = PARSER.parse(SAMPLES.resolve(file));

    assertEquals(format, order.source().format());
    JsonNode actual = toTree(order);
    assertEquals(expected.get("header"), actual.get("header"), file + ": header");
    assertEquals(expected.get("plans"), actual.get("plans"), file + ": plans");
  }

  @Test
  void everyTextSampleComesInEveryFormat() throws Exception {
    List<String> missing = new ArrayList<>();
    List<String> present = files().toList();
    try (Stream<Path> files = Files.list(SAMPLES)) {
      for (Path txt : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        String name = txt.getFileName().toString().replaceFirst("\\.txt$", "");
        for (String format : FORMATS) {
          if (!present.contains(name + "." + format)) {
            missing.add(name + "." + format);
          }
        }
      }
    }
    assertFalse(present.isEmpty());
    assertTrue(missing.isEmpty(), "samples/make-formats.sh has not made " + missing);
  }

  private static JsonNode toTree(Order order) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonExporter(true).write(order, out);
    return MAPPER.readTree(out.toByteArray());
  }
}
