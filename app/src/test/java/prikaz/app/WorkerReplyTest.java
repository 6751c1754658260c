package prikaz.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import prikaz.app.export.JsonExporter;
import prikaz.parser.DocumentException;
import prikaz.parser.OrderParser;
import prikaz.parser.model.Order;

/** The worker's reply lines: an order comes back equal to the one read, every failure as it was thrown. */
class WorkerReplyTest {
  private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));
  private static final OrderParser PARSER = OrderParser.builder().build();

  static Stream<String> samples() throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.matches("[a-z0-9-]+\\.(txt|docx|pdf|rtf)")).sorted().toList().stream();
    }
  }

  private static byte[] pretty(Order order) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonExporter(true).write(order, out);
    return out.toByteArray();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void anOrderCrossesTheProcessBoundaryUnchanged(String sample) throws Exception {
    Order read = PARSER.parse(SAMPLES.resolve(sample));
    String line = WorkerReply.order(read);
    assertFalse(line.contains("\n"), "one line");
    Order back = WorkerReply.read(line);
    assertEquals(read, back);
    assertArrayEquals(pretty(read), pretty(back));
    if (sample.endsWith(".txt")) {
      // the golden file is the text sample's parse output, byte for byte
      Path golden = SAMPLES.resolve("expected").resolve(sample.replace(".txt", ".json"));
      assertEquals(Files.readString(golden), new String(pretty(back), java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  @Test
  void failuresComeBackAsTheyWereThrown() {
    DocumentException document = assertThrows(DocumentException.class, () -> WorkerReply.read(
        WorkerReply.document(new DocumentException(DocumentException.Reason.TOO_COMPLEX, "more than 10000 rows in a table"))));
    assertEquals(DocumentException.Reason.TOO_COMPLEX, document.reason());
    assertEquals("more than 10000 rows in a table", document.detail());
    DocumentException bare = assertThrows(DocumentException.class, () -> WorkerReply.read(
        WorkerReply.document(new DocumentException(DocumentException.Reason.EMPTY, null))));
    assertEquals(null, bare.detail());
    NoSuchFileException missing = assertThrows(NoSuchFileException.class, () -> WorkerReply.read(
        WorkerReply.missing(new NoSuchFileException("/в папке/приказ \"1\".txt"))));
    assertEquals("/в папке/приказ \"1\".txt", missing.getFile());
    IOException io = assertThrows(IOException.class, () -> WorkerReply.read(WorkerReply.io(new IOException("Permission denied"))));
    assertEquals("Permission denied", io.getMessage());
    ParseBreakdown oom = assertThrows(ParseBreakdown.class, () -> WorkerReply.read(
        WorkerReply.breakdown(ParseBreakdown.Kind.OUT_OF_MEMORY, "512")));
    assertEquals(ParseBreakdown.Kind.OUT_OF_MEMORY, oom.kind());
    assertEquals("512", oom.detail());
    assertTrue(WorkerReply.endsWorker(WorkerReply.breakdown(ParseBreakdown.Kind.OUT_OF_MEMORY, "512")));
    assertTrue(WorkerReply.endsWorker(WorkerReply.breakdown(ParseBreakdown.Kind.TOO_COMPLEX, "")));
    assertFalse(WorkerReply.endsWorker(WorkerReply.breakdown(ParseBreakdown.Kind.INTERNAL, "java.lang.IllegalStateException")));
    ParseBreakdown garbage = assertThrows(ParseBreakdown.class, () -> WorkerReply.read("Picked up JAVA_TOOL_OPTIONS"));
    assertEquals(ParseBreakdown.Kind.INTERNAL, garbage.kind());
  }

  @Test
  void aRequestNamesAnyPathInOneLine() throws Exception {
    Path odd = Path.of("/tmp/два\nслова/приказ\t№ 5.txt");
    String line = WorkerReply.request(odd);
    assertFalse(line.contains("\n"));
    assertEquals(odd, WorkerReply.requested(line));
  }
}
