package prikaz.app.serve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import prikaz.app.Failures;
import prikaz.app.Results;
import prikaz.diff.OrderDiff;
import prikaz.diff.PlanDiff;
import prikaz.parser.model.Order;

/**
 * The HTTP API the page uses and scripts may use (README «prikaz serve»): parse a file at once or
 * as a job the page polls, a job's status and page images, the corrected orders as files, and the
 * diff of two orders. Every request passes the {@link Gate} first; every error is JSON with a code.
 */
final class Api extends Handler.Abstract {
  private final Gate gate;
  private final Uploads uploads;
  private final Jobs jobs;

  Api(Gate gate, Uploads uploads, Jobs jobs) {
    this.gate = gate;
    this.uploads = uploads;
    this.jobs = jobs;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    Exchange exchange = new Exchange(request, response, callback);
    String language = exchange.language();
    try {
      Gate.Refusal refusal = gate.check(exchange);
      if (refusal != null) {
        exchange.error(refusal.status(), refusal.code(), language.equals("ru") ? refusal.russian() : refusal.english());
        return true;
      }
      gate.remember(exchange);
      route(exchange, language);
      if (!exchange.answered()) {
        exchange.error(404, "NOT_FOUND", language.equals("ru") ? "нет такой страницы" : "no such page");
      }
    } catch (Uploads.Refused e) {
      exchange.error(e.status, e.code, e.message(language));
    } catch (Corrections.NotAnOrder e) {
      exchange.error(400, "BAD_ORDER", e.getMessage());
    } catch (Exception | Error e) {
      if (!exchange.answered()) {
        Failures.Failure failure = Failures.of(e, language);
        exchange.error(500, failure.code(), failure.message());
      }
    }
    return true;
  }

  private void route(Exchange exchange, String language) throws Exception {
    String path = exchange.path;
    String method = exchange.method();
    if (method.equals("GET") || method.equals("HEAD")) {
      if (path.equals("/api/config")) {
        exchange.json(200, Map.of("maxFileBytes", uploads.maxFileBytes, "maxFiles", uploads.maxFiles, "language", language));
      } else if (path.startsWith("/api/jobs/")) {
        job(exchange, path.substring("/api/jobs/".length()).split("/", -1), language);
      } else {
        Assets.serve(exchange);
      }
    } else if (method.equals("POST")) {
      switch (path) {
        case "/api/parse" -> parse(exchange, language);
        case "/api/jobs" -> startJob(exchange, language);
        case "/api/export" -> export(exchange, language);
        case "/api/diff" -> diff(exchange, language);
        default -> { }
      }
    } else {
      exchange.error(405, "METHOD_NOT_ALLOWED", language.equals("ru") ? "метод не поддерживается" : "method not allowed");
    }
  }

  /** {@code POST /api/parse}: the files read now; {@code ?format=} picks the answer's format. */
  private void parse(Exchange exchange, String language) throws Exception {
    Downloads.Format format = format(exchange, language);
    if (format == null) {
      return;
    }
    List<Upload> files = uploads.files(exchange, "file");
    List<Order> orders = new ArrayList<>();
    List<Object> answers = new ArrayList<>();
    Failures.Failure lastFailure = null;
    for (Upload upload : files) {
      Job job = jobs.readNow(upload);
      if (job == null) {
        busy(exchange, language);
        return;
      }
      if (job.order() != null) {
        orders.add(job.order());
        answers.add(Results.shown(job.order(), language));
      } else {
        lastFailure = job.failure(language);
        answers.add(Map.of("error", Map.of("code", lastFailure.code(), "message", lastFailure.message(), "file", upload.name())));
      }
    }
    if (files.size() == 1 && lastFailure != null) {
      exchange.json(422, answers.get(0));
    } else if (format == Downloads.Format.json && files.size() > 1) {
      exchange.json(200, answers);
    } else if (orders.isEmpty()) {
      exchange.json(422, answers.get(answers.size() - 1));
    } else {
      send(exchange, orders, format, language);
    }
  }

  /** {@code POST /api/jobs}: one file read in the background; the page polls its status. */
  private void startJob(Exchange exchange, String language) throws Exception {
    List<Upload> files = uploads.filesOf(exchange, List.of("file"), 1, 1).get("file");
    Job job = jobs.submit(files.get(0));
    if (job == null) {
      busy(exchange, language);
      return;
    }
    exchange.json(202, Map.of("id", job.id, "file", files.get(0).name()));
  }

  /** {@code GET /api/jobs/ID} (status, then the order) and {@code GET /api/jobs/ID/pages/N} (PNG). */
  private void job(Exchange exchange, String[] parts, String language) throws IOException {
    Job job = jobs.get(parts[0]);
    if (job == null) {
      exchange.error(404, "NO_SUCH_JOB", language.equals("ru") ? "файл уже забыт или не загружался; загрузите его снова"
          : "the file was forgotten or never uploaded; upload it again");
      return;
    }
    if (parts.length == 3 && parts[1].equals("pages") && parts[2].matches("\\d{1,4}")) {
      byte[] png = job.pageImage(Integer.parseInt(parts[2]));
      if (png != null) {
        exchange.send(200, "image/png", png, null);
      }
      return;  // no such page: 404
    }
    if (parts.length != 1) {
      return;
    }
    exchange.json(200, JobStatus.of(job, language));
  }

  /** {@code POST /api/export?format=}: the orders in the body (corrected) as a file. */
  private void export(Exchange exchange, String language) throws Exception {
    Downloads.Format format = format(exchange, language);
    if (format != null) {
      send(exchange, Corrections.orders(body(exchange)), format, language);
    }
  }

  /**
   * {@code POST /api/diff}: two orders, as JSON {@code {"old": …, "new": …}} or as files in the
   * multipart fields {@code old} and {@code new} (documents or prikaz/1 JSON); the diff as JSON
   * ({@code prikaz-diff/1}) or, with {@code ?format=xlsx}, the XLSX report.
   */
  private void diff(Exchange exchange, String language) throws Exception {
    String format = exchange.query("format");
    if (format != null && !format.equals("json") && !format.equals("xlsx")) {
      badFormat(exchange, language, "json, xlsx");
      return;
    }
    Order before;
    Order after;
    String type = exchange.header(org.eclipse.jetty.http.HttpHeader.CONTENT_TYPE);
    if (type != null && type.startsWith("multipart/")) {
      Map<String, List<Upload>> files = uploads.filesOf(exchange, List.of("old", "new"), 1, 2);
      before = orderOf(exchange, files.get("old").get(0), language);
      after = before == null ? null : orderOf(exchange, files.get("new").get(0), language);
      if (after == null) {
        return;
      }
    } else {
      var tree = Exchange.JSON.readTree(body(exchange));
      if (tree == null || !tree.has("old") || !tree.has("new")) {
        throw new Corrections.NotAnOrder("send {\"old\": order, \"new\": order}");
      }
      before = Corrections.order(tree.get("old"));
      after = Corrections.order(tree.get("new"));
    }
    OrderDiff diff = PlanDiff.compare(before, after, PlanDiff.DEFAULT_THRESHOLD);
    if ("xlsx".equals(format)) {
      exchange.file(Downloads.diffXlsx(diff));
    } else {
      exchange.json(200, diff);
    }
  }

  /** An uploaded order: prikaz/1 JSON as it is, a document read; null after answering why not. */
  private Order orderOf(Exchange exchange, Upload upload, String language) throws Exception {
    if (upload.name().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
      return Corrections.orders(upload.bytes()).get(0);
    }
    Job job = jobs.readNow(upload);
    if (job == null) {
      busy(exchange, language);
      return null;
    }
    if (job.order() == null) {
      Failures.Failure failure = job.failure(language);
      exchange.json(422, Map.of("error", Map.of("code", failure.code(), "message", failure.message(), "file", upload.name())));
    }
    return job.order();
  }

  private void send(Exchange exchange, List<Order> orders, Downloads.Format format, String language) throws IOException {
    try {
      Downloads.File file = Downloads.of(orders, format, language);
      if (format == Downloads.Format.json && exchange.query("format") == null) {
        exchange.send(200, file.contentType(), file.bytes(), null);
      } else {
        exchange.file(file);
      }
    } catch (Downloads.OneOrderOnly e) {
      exchange.error(400, "ICS_ONE_ORDER", language.equals("ru") ? "в ICS помещается план одного приказа"
          : "ICS holds the plan of one order");
    }
  }

  /** The {@code ?format=} of a parse or export: JSON when absent; null after answering 400. */
  private static Downloads.Format format(Exchange exchange, String language) throws IOException {
    String asked = exchange.query("format");
    Downloads.Format format = asked == null ? Downloads.Format.json : Downloads.Format.named(asked);
    if (format == null) {
      badFormat(exchange, language, "json, csv, xlsx, ics");
    }
    return format;
  }

  private static void badFormat(Exchange exchange, String language, String known) throws IOException {
    exchange.error(400, "BAD_FORMAT", (language.equals("ru") ? "неизвестный формат; возможны: " : "unknown format; one of: ") + known);
  }

  private static void busy(Exchange exchange, String language) throws IOException {
    exchange.error(503, "BUSY", language.equals("ru") ? "сервер занят: слишком много файлов в очереди, повторите позже"
        : "the server is busy: too many files are waiting; try again later");
  }

  /** A JSON body, at most 32 MiB. */
  private byte[] body(Exchange exchange) throws Exception {
    int max = 32 * 1024 * 1024;
    if (exchange.request.getLength() > max) {
      throw new Uploads.Refused(413, "BODY_TOO_LARGE", "the request is larger than 32 MiB", "запрос больше 32 МиБ");
    }
    byte[] body = Content.Source.asInputStream(exchange.request).readNBytes(max + 1);
    if (body.length > max) {
      throw new Uploads.Refused(413, "BODY_TOO_LARGE", "the request is larger than 32 MiB", "запрос больше 32 МиБ");
    }
    return body;
  }
}
