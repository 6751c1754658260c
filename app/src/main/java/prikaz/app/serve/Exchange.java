package prikaz.app.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import prikaz.app.export.JsonExporter;

/**
 * One request and its answer: the query, the language asked for, and the ways of answering (JSON,
 * a file, an error as JSON with a code and a message). Every answer forbids framing and sniffing
 * and limits scripts to the page's own.
 */
final class Exchange {
  static final ObjectMapper JSON = JsonExporter.mapper();

  final Request request;
  final Response response;
  final Callback callback;
  final String path;
  private final Fields query;
  private boolean answered;

  Exchange(Request request, Response response, Callback callback) {
    this.request = request;
    this.response = response;
    this.callback = callback;
    this.path = Request.getPathInContext(request);
    this.query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
  }

  String method() {
    return request.getMethod();
  }

  String query(String name) {
    return query.getValue(name);
  }

  String header(HttpHeader name) {
    return request.getHeaders().get(name);
  }

  String header(String name) {
    return request.getHeaders().get(name);
  }

  /**
   * The page's language: {@code ?lang=ru|en}, else the first of Russian and English in the
   * browser's Accept-Language, else Russian.
   */
  String language() {
    String asked = query("lang");
    if (asked != null && (asked.equalsIgnoreCase("ru") || asked.equalsIgnoreCase("en"))) {
      return asked.toLowerCase(Locale.ROOT);
    }
    if (header(HttpHeader.ACCEPT_LANGUAGE) == null) {
      return "ru";
    }
    for (Locale locale : Request.getLocales(request)) {
      if (locale.getLanguage().equals("ru") || locale.getLanguage().equals("en")) {
        return locale.getLanguage();
      }
    }
    return "ru";
  }

  boolean answered() {
    return answered;
  }

  void json(int status, Object value) throws IOException {
    send(status, "application/json; charset=utf-8", JSON.writeValueAsBytes(value), null);
  }

  /** An error for the page or a script: {@code {"error": {"code": …, "message": …}}}. */
  void error(int status, String code, String message) throws IOException {
    json(status, Map.of("error", Map.of("code", code, "message", message)));
  }

  /** A file to save, named for the browser's download. */
  void file(Downloads.File file) throws IOException {
    String ascii = file.name().replaceAll("[^A-Za-z0-9._-]", "_");
    String encoded = java.net.URLEncoder.encode(file.name(), StandardCharsets.UTF_8).replace("+", "%20");
    send(200, file.contentType(), file.bytes(),
        "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded);
  }

  void send(int status, String contentType, byte[] body, String disposition) {
    answered = true;
    response.setStatus(status);
    var headers = response.getHeaders();
    headers.put(HttpHeader.CONTENT_TYPE, contentType);
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("X-Frame-Options", "DENY");
    headers.put("Referrer-Policy", "no-referrer");
    headers.put("Cache-Control", "no-store");
    headers.put("Content-Security-Policy", "default-src 'self'; img-src 'self' blob: data:; style-src 'self'; "
        + "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'");
    if (disposition != null) {
      headers.put("Content-Disposition", disposition);
    }
    response.write(true, ByteBuffer.wrap(body), callback);
  }
}
