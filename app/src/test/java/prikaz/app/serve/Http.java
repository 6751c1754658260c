package prikaz.app.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** A small HTTP client for the server under test: GETs, JSON POSTs and multipart uploads. */
final class Http {
  /** A part of a multipart upload. */
  record Part(String field, String fileName, byte[] bytes) {}

  private final HttpClient client = HttpClient.newHttpClient();
  private final String base;

  Http(String base) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
    headers(request, headers);
    return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<byte[]> postJson(String path, byte[] json, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(json));
    headers(request, headers);
    return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<byte[]> upload(String path, List<Part> parts, String... headers) throws IOException, InterruptedException {
    String boundary = "----prikaz" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Part part : parts) {
      body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.field() + "\""
          + (part.fileName() == null ? "" : "; filename=\"" + part.fileName() + "\"")
          + "\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.write(part.bytes());
      body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    headers(request, headers);
    return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  static Part file(String fileName, byte[] bytes) {
    return new Part("file", fileName, bytes);
  }

  static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }


  private static void headers(HttpRequest.Builder request, String... headers) {
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
  }
}
