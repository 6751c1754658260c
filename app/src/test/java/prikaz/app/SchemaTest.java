package prikaz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import prikaz.app.export.JsonExporter;
import prikaz.parser.OrderParser;

/**
 * Every sample's output, in every input format, validates against the published
 * {@code docs/schema/prikaz-1.schema.json} with networknt's JSON Schema 2020-12 validator, date
 * formats asserted; and the schema does reject output that breaks it.
 */
class SchemaTest {
  private static final Path ROOT = Path.of(System.getProperty("samples.dir", "../samples")).getParent();
  private static final Path SAMPLES = ROOT.resolve("samples");
  private static final ObjectMapper MAPPER = JsonExporter.mapper();
  private static final OrderParser PARSER = OrderParser.builder().build();
  private static final JsonSchema SCHEMA = load();

  private static JsonSchema load() {
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    try (InputStream in = Files.newInputStream(ROOT.resolve("docs/schema/prikaz-1.schema.json"))) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<String> files() throws Exception {
    List<String> formats = List.of("txt", "docx", "doc", "odt", "rtf", "pdf");
    try (Stream<Path> top = Files.list(SAMPLES); Stream<Path> word = Files.list(SAMPLES.resolve("word"));
        Stream<Path> variants = Files.list(ROOT.resolve("parser/src/test/resources/variants"))) {
      // Scans take seconds each: one (with OCR confidences) stands for them. The parser's own test
      // documents bring what the samples lack (appendix blocks, an appendix without its order).
      return Stream.concat(Stream.concat(Stream.concat(top, word), variants)
              .filter(p -> formats.contains(p.getFileName().toString().replaceAll(".*\\.", "")))
              .filter(p -> !p.getFileName().toString().contains(".scan."))
              .map(p -> SAMPLES.relativize(p).toString()),
              Stream.of("artem-2020-218.scan.png"))
          .sorted()
          .toList()
          .stream();
    }
  }

  private static JsonNode output(Path file) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonExporter(false).write(PARSER.parse(file), out);
    return MAPPER.readTree(out.toByteArray());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void outputValidates(String file) throws Exception {
    Set<ValidationMessage> errors = SCHEMA.validate(output(SAMPLES.resolve(file)));
    assertEquals(Set.of(), errors, file);
  }

  @Test
  void theSchemaRejectsWhatTheModelNeverWrites() throws Exception {
    JsonNode good = output(SAMPLES.resolve("artem-2020-218.txt"));

    ObjectNode unknownKind = good.deepCopy();
    ((ObjectNode) unknownKind.at("/plans/0/items/0/deadline")).put("kind", "soon");
    ObjectNode badDate = good.deepCopy();
    ((ObjectNode) badDate.at("/header")).put("date", "14.10.2020");
    ObjectNode extraField = good.deepCopy();
    ((ObjectNode) extraField.at("/plans/0/items/0")).put("priority", "high");
    ObjectNode otherVersion = good.deepCopy();
    otherVersion.put("schema", "prikaz/2");

    for (JsonNode bad : List.of(unknownKind, badDate, extraField, otherVersion)) {
      assertFalse(SCHEMA.validate(bad).isEmpty(), bad.toString().substring(0, 80));
    }
  }
}
