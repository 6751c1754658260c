package prikaz.app.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartConfig;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;

/**
 * The files of a multipart request ({@code multipart/form-data}), within the limits: at most
 * {@code maxFiles} files of at most {@code maxFileBytes} each. Parts are kept in memory (up to the
 * file limit); the folder Jetty is given for larger parts is the server's private temporary
 * folder, which never receives any since no part may be larger than the memory limit.
 */
final class Uploads {
  /** The request broke a limit (413) or was malformed (400). */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    final int status;
    final String code;
    final Map<String, String> messages;

    Refused(int status, String code, String english, String russian) {
      super(english);
      this.status = status;
      this.code = code;
      this.messages = Map.of("en", english, "ru", russian);
    }

    String message(String language) {
      return messages.getOrDefault(language, getMessage());
    }
  }

  final long maxFileBytes;
  final int maxFiles;
  private final Path folder;

  Uploads(long maxFileBytes, int maxFiles, Path folder) {
    this.maxFileBytes = maxFileBytes;
    this.maxFiles = maxFiles;
    this.folder = folder;
  }

  /** The largest request body: every file at its limit, with room for the multipart framing. */
  long maxRequestBytes() {
    return maxFiles * (maxFileBytes + 64 * 1024);
  }

  /** The files under {@code field} (several parts may share it); none is an error. */
  List<Upload> files(Exchange exchange, String field) throws Refused {
    return filesOf(exchange, List.of(field), 1, maxFiles).get(field);
  }

  /**
   * The files under each field, at least {@code least} in each; {@code most} in all. A field
   * missing is a 400 naming it.
   */
  Map<String, List<Upload>> filesOf(Exchange exchange, List<String> fields, int least, int most) throws Refused {
    String contentType = exchange.header(HttpHeader.CONTENT_TYPE);
    if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
      throw new Refused(400, "NOT_MULTIPART", "send the files as multipart/form-data, field «" + fields.get(0) + "»",
          "файлы отправляются как multipart/form-data, поле «" + fields.get(0) + "»");
    }
    long length = exchange.request.getLength();
    if (length > maxRequestBytes()) {
      throw tooLarge();
    }
    MultiPartConfig config = new MultiPartConfig.Builder()
        .location(folder)
        .maxParts(most + 8)
        // A file over the limit is refused after the whole request is read (bytes() below): refusing
        // mid-stream closes the connection while the client still sends, and it never sees the 413.
        .maxPartSize(maxRequestBytes())
        .maxMemoryPartSize(maxFileBytes)
        .maxSize(maxRequestBytes())
        .build();
    Map<String, List<Upload>> found = new java.util.LinkedHashMap<>();
    fields.forEach(field -> found.put(field, new ArrayList<>()));
    int count = 0;
    try (MultiPartFormData.Parts parts = MultiPartFormData.getParts(exchange.request, exchange.request, contentType, config)) {
      for (MultiPart.Part part : parts) {
        List<Upload> list = found.get(part.getName());
        if (list == null) {
          continue;
        }
        if (++count > most) {
          throw tooMany(most);
        }
        byte[] bytes = bytes(part);
        list.add(new Upload(part.getFileName(), bytes));
      }
    } catch (Refused e) {
      throw e;
    } catch (RuntimeException | IOException e) {
      String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
      if (message.contains("max") || message.contains("too large") || message.contains("limit")) {
        throw message.contains("parts") ? tooMany(most) : tooLarge();
      }
      throw new Refused(400, "BAD_MULTIPART", "the upload is not a well-formed multipart request",
          "загрузка пришла повреждённой (неправильный multipart-запрос)");
    }
    for (Map.Entry<String, List<Upload>> field : found.entrySet()) {
      if (field.getValue().size() < least) {
        throw new Refused(400, "NO_FILE", "no file in the field «" + field.getKey() + "»",
            "в поле «" + field.getKey() + "» нет файла");
      }
    }
    return found;
  }

  private byte[] bytes(MultiPart.Part part) throws IOException, Refused {
    if (part.getLength() > maxFileBytes) {
      throw tooLarge();
    }
    var buffer = Content.Source.asByteBuffer(part.getContentSource());
    byte[] bytes = new byte[buffer.remaining()];
    buffer.get(bytes);
    return bytes;
  }

  Refused tooLarge() {
    long mib = maxFileBytes / (1024 * 1024);
    return new Refused(413, "UPLOAD_TOO_LARGE", "a file larger than " + mib + " MiB (the limit of this server)",
        "файл больше " + mib + " МиБ (предел этого сервера)");
  }

  Refused tooMany(int most) {
    return new Refused(413, "TOO_MANY_FILES", "more than " + most + " files in one request",
        "больше " + most + " файлов в одном запросе");
  }
}
