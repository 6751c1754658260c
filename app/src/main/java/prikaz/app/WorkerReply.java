package prikaz.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import prikaz.app.export.JsonExporter;
import prikaz.parser.DocumentException;
import prikaz.parser.model.Order;

/**
 * The lines between a batch and its worker processes, one per message, UTF-8:
 * <pre>
 * worker → batch   ready                               started, waiting for files
 * batch → worker   "/path/to/file.docx"                a file to read (a JSON string)
 * worker → batch   order {…}                           the order as prikaz/1 JSON (compact, English)
 *                  document NOT_AN_ORDER "detail"      a DocumentException: its reason and detail (or null)
 *                  missing "/path"                     the file is not there
 *                  io "message"                        it could not be read
 *                  breakdown OUT_OF_MEMORY "512"       a ParseBreakdown: its kind and detail
 * </pre>
 * The order's JSON is the model's own, read back by {@link JsonExporter#read}, so the batch gets
 * the same order it would have read itself.
 */
final class WorkerReply {
  static final String READY = "ready";
  private static final ObjectMapper STRINGS = new ObjectMapper();
  private static final JsonExporter ORDERS = new JsonExporter(false);

  private WorkerReply() {}

  /** The request line for a file. */
  static String request(Path file) {
    return quoted(file.toString());
  }

  /** The file a request line names. */
  static Path requested(String line) throws IOException {
    return Path.of(STRINGS.readValue(line, String.class));
  }

  static String order(Order order) throws IOException {
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    ORDERS.write(order, json);
    return "order " + json.toString(StandardCharsets.UTF_8).strip();
  }

  static String document(DocumentException e) {
    return "document " + e.reason().name() + " " + quoted(e.detail());
  }

  static String missing(NoSuchFileException e) {
    return "missing " + quoted(e.getFile());
  }

  static String io(IOException e) {
    return "io " + quoted(String.valueOf(e.getMessage()));
  }

  static String breakdown(ParseBreakdown.Kind kind, String detail) {
    return "breakdown " + kind.name() + " " + quoted(detail);
  }

  /**
   * The order a reply line carries, or what it says went wrong thrown as it was thrown in the
   * worker: a {@link DocumentException}, {@link NoSuchFileException}, {@link IOException} or
   * {@link ParseBreakdown}.
   */
  static Order read(String line) throws IOException, DocumentException {
    int space = line.indexOf(' ');
    String tag = space < 0 ? line : line.substring(0, space);
    String rest = space < 0 ? "" : line.substring(space + 1);
    switch (tag) {
      case "order":
        return JsonExporter.read(new ByteArrayInputStream(rest.getBytes(StandardCharsets.UTF_8)));
      case "document": {
        int split = rest.indexOf(' ');
        throw new DocumentException(DocumentException.Reason.valueOf(rest.substring(0, split)),
            unquoted(rest.substring(split + 1)));
      }
      case "missing":
        throw new NoSuchFileException(unquoted(rest), null, "no such file");
      case "io":
        throw new IOException(unquoted(rest));
      case "breakdown": {
        int split = rest.indexOf(' ');
        throw new ParseBreakdown(ParseBreakdown.Kind.valueOf(rest.substring(0, split)),
            unquoted(rest.substring(split + 1)));
      }
      default:
        throw new ParseBreakdown(ParseBreakdown.Kind.INTERNAL, "unexpected reply from the worker: "
            + line.substring(0, Math.min(line.length(), 80)));
    }
  }

  /** Whether the worker that sent this line exits after it (its heap or stack broke down). */
  static boolean endsWorker(String line) {
    return line.startsWith("breakdown OUT_OF_MEMORY") || line.startsWith("breakdown TOO_COMPLEX");
  }

  private static String quoted(String text) {
    try {
      return STRINGS.writeValueAsString(text);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String unquoted(String json) throws IOException {
    String text = STRINGS.readValue(json, String.class);
    return text == null ? "" : text;
  }
}
