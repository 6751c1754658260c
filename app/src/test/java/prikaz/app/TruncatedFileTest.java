package prikaz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import prikaz.app.export.JsonExporter;

/** A document cut short parses with a TRUNCATED warning: exit 0, a doubt under --strict, Russian in a Russian run. */
class TruncatedFileTest {
  private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));

  @Test
  void aHalfRtfIsParsedWarnedAndDoubtfulUnderStrict(@TempDir Path dir) throws Exception {
    byte[] whole = Files.readAllBytes(SAMPLES.resolve("artem-2020-218.rtf"));
    Path half = dir.resolve("half.rtf");
    Files.write(half, Arrays.copyOf(whole, whole.length / 2));

    Run run = Run.of("parse", half.toString());
    assertEquals(Cli.OK, run.exit(), run.err());
    JsonNode order = JsonExporter.mapper().readTree(run.out());
    assertEquals("218", order.at("/header/number").asText());
    assertTrue(order.toString().contains("\"code\":\"TRUNCATED\""), order.toString());

    Run strict = Run.of("parse", half.toString(), "--strict", "-o", dir.resolve("half.json").toString());
    assertEquals(Cli.DOUBTFUL, strict.exit(), strict.err());
    assertTrue(strict.err().contains("TRUNCATED"), strict.err());

    JsonNode russian = JsonExporter.mapper().readTree(Run.of("parse", half.toString(), "--lang", "ru").out());
    JsonNode warning = null;
    for (JsonNode w : russian.get("warnings")) {
      warning = w.get("code").asText().equals("TRUNCATED") ? w : warning;
    }
    assertEquals("файл обрывается раньше, чем кончается документ: всё после обрыва потеряно, в плане могут не хватать строк",
        warning.get("message").asText());
  }
}
