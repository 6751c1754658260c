package prikaz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
 * Every text sample {@code samples/NAME.txt} against its {@code samples/expected/NAME.json},
 * compared as JSON trees (the other formats of each sample are held to the same file by
 * {@link FormatParityTest}). {@code mvn verify -Dgolden.update=true} rewrites the expected files; read the diff before
 * committing it.
 */
class GoldenTest {
  private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));
  private static final Path EXPECTED = SAMPLES.resolve("expected");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final ObjectMapper MAPPER = JsonExporter.mapper();
  private static final OrderParser PARSER = OrderParser.builder().build();

  static Stream<String> samples() throws Exception {
    try (Stream<Path> files = Files.list(SAMPLES)) {
      return files.filter(Files::isRegularFile)
          .map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(".txt"))
          .sorted()
          .toList()
          .stream();
    }
  }

  private static Path expectedFor(String sample) {
    return EXPECTED.resolve(sample.substring(0, sample.lastIndexOf('.')) + ".json");
  }

  private static JsonNode toTree(Order order) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonExporter(true).write(order, out);
    return MAPPER.readTree(out.toByteArray());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sampleMatchesExpectedJson(String sample) throws Exception {
    Order order = PARSER.parse(SAMPLES.resolve(sample));
    Path expected = expectedFor(sample);
    if (UPDATE) {
      Files.createDirectories(EXPECTED);
      try (var out = Files.newOutputStream(expected)) {
        new JsonExporter(true).write(order, out);
      }
    }
    assertTrue(Files.exists(expected), "no expected output " + expected + " for sample " + sample);
    assertEquals(MAPPER.readTree(expected.toFile()), toTree(order), sample);
  }

  /** A windows-1251 copy with CRLF line ends parses to the same header and plans. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void windows1251CopyWithCrlfGivesTheSameResult(String sample) throws Exception {
    String text = Files.readString(SAMPLES.resolve(sample), StandardCharsets.UTF_8);
    byte[] cp1251 = text.replace("\n", "\r\n").getBytes(Charset.forName("windows-1251"));
    Order order = PARSER.parse(new ByteArrayInputStream(cp1251), sample);
    assertEquals("windows-1251", order.source().encoding());
    assertEquals(withoutSource(MAPPER.readTree(expectedFor(sample).toFile())), withoutSource(toTree(order)), sample);
  }

  /** A UTF-8 copy with a byte-order mark parses the same. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void utf8WithBomGivesTheSameResult(String sample) throws Exception {
    byte[] plain = Files.readAllBytes(SAMPLES.resolve(sample));
    byte[] withBom = new byte[plain.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(plain, 0, withBom, 3, plain.length);
    Order order = PARSER.parse(new ByteArrayInputStream(withBom), sample);
    assertEquals(withoutSource(MAPPER.readTree(expectedFor(sample).toFile())), withoutSource(toTree(order)), sample);
  }

  @Test
  void everyExpectedFileHasItsSample() throws Exception {
    List<String> samples = samples().toList();
    List<String> orphans = new ArrayList<>();
    try (Stream<Path> files = Files.list(EXPECTED)) {
      files.map(p -> p.getFileName().toString()).forEach(name -> {
        String base = name.substring(0, name.length() - ".json".length());
        if (samples.stream().noneMatch(s -> s.substring(0, s.lastIndexOf('.')).equals(base))) {
          orphans.add(name);
        }
      });
    }
    assertEquals(List.of(), orphans, "expected files without a sample");
  }

  private static JsonNode withoutSource(JsonNode tree) {
    ObjectNode copy = tree.deepCopy();
    copy.remove("source");
    return copy;
  }
}
