package prikaz.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import prikaz.app.export.JsonExporter;
import prikaz.parser.OcrMode;

/** The HTTP API of {@code prikaz serve} as a script or the page uses it: answers, limits, safety. */
class ServeApiTest {
  static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));
  private static final ObjectMapper JSON = JsonExporter.mapper();
  private static final long LIMIT = 3L * 1024 * 1024;

  private static WebServer server;
  private static Http http;

  @BeforeAll
  static void start() throws Exception {
    server = WebServer.start(new WebServer.Settings("127.0.0.1", 0, LIMIT, 3, 2, OcrMode.AUTO, "rus", null));
    http = new Http("http://127.0.0.1:" + server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static byte[] sample(String name) throws Exception {
    return Files.readAllBytes(SAMPLES.resolve(name));
  }

  static JsonNode json(HttpResponse<byte[]> response) throws Exception {
    return JSON.readTree(response.body());
  }

  @Test
  void parseAnswersTheOrderAsPrikazJson() throws Exception {
    HttpResponse<byte[]> response = http.upload("/api/parse", List.of(Http.file("artem-2020-218.docx", sample("artem-2020-218.docx"))));
    assertEquals(200, response.statusCode());
    JsonNode order = json(response);
    assertEquals("prikaz/1", order.get("schema").asText());
    assertEquals("218", order.path("header").path("number").asText());
    JsonNode golden = JSON.readTree(sample("expected/artem-2020-218.json"));
    assertEquals(golden.path("header").path("date").asText(), order.path("header").path("date").asText());
    assertEquals(18, order.path("plans").get(0).path("items").size());
    assertEquals("artem-2020-218.docx", order.path("source").path("file").asText());
  }

  @Test
  void parseAnswersXlsxCsvAndIcsFiles() throws Exception {
    HttpResponse<byte[]> xlsx = http.upload("/api/parse?format=xlsx", List.of(Http.file("a.txt", sample("anzhero-sudzhensk-2022-575.txt"))));
    assertEquals(200, xlsx.statusCode());
    assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("").contains("a.xlsx"));
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      assertTrue(book.getNumberOfSheets() >= 1);
    }
    HttpResponse<byte[]> csv = http.upload("/api/parse?format=csv", List.of(Http.file("a.txt", sample("anzhero-sudzhensk-2022-575.txt"))));
    String text = Http.text(csv);
    assertTrue(text.startsWith("\uFEFFФайл;Издатель;"), text.substring(0, 40));
    assertEquals(15, text.lines().filter(l -> l.startsWith("\"a.txt\";")).count());
    HttpResponse<byte[]> ics = http.upload("/api/parse?format=ics", List.of(Http.file("a.txt", sample("anzhero-sudzhensk-2022-575.txt"))));
    assertTrue(Http.text(ics).startsWith("BEGIN:VCALENDAR"));
  }

  @Test
  void aBadFileIsAMessageWithTheCliReasonCode() throws Exception {
    HttpResponse<byte[]> response = http.upload("/api/parse", List.of(Http.file("broken.docx", "PK\u0003\u0004 truncated".getBytes(StandardCharsets.UTF_8))));
    assertEquals(422, response.statusCode());
    JsonNode error = json(response).get("error");
    assertEquals("UNREADABLE", error.get("code").asText());
    assertEquals("broken.docx", error.get("file").asText());
    assertTrue(error.get("message").asText().startsWith("файл не читается"), error.toString());
    HttpResponse<byte[]> english = http.upload("/api/parse?lang=en", List.of(Http.file("letter.txt",
        "Dear colleagues, the meeting moves to Friday.".getBytes(StandardCharsets.UTF_8))));
    assertEquals("NOT_AN_ORDER", json(english).path("error").path("code").asText());
    assertTrue(json(english).path("error").path("message").asText().startsWith("not an order"));
  }

  @Test
  void hostileFilesAreEachAMessageAndTheServerGoesOn() throws Exception {
    byte[] pdf = sample("artem-2020-218.pdf");
    byte[] docx = sample("artem-2020-218.docx");
    byte[] random = new byte[64 * 1024];
    new java.util.Random(22).nextBytes(random);
    java.util.Map<String, byte[]> hostile = new java.util.LinkedHashMap<>();
    hostile.put("empty.docx", new byte[0]);
    hostile.put("random.bin", random);
    hostile.put("half.pdf", java.util.Arrays.copyOf(pdf, pdf.length / 2));
    hostile.put("half.docx", java.util.Arrays.copyOf(docx, docx.length / 3));
    hostile.put("header-only.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
    hostile.put("deep.html", ("<html><body>" + "<div>".repeat(200_000) + "ПРИКАЗ").getBytes(StandardCharsets.UTF_8));
    for (java.util.Map.Entry<String, byte[]> file : hostile.entrySet()) {
      HttpResponse<byte[]> response = http.upload("/api/parse?lang=en", List.of(Http.file(file.getKey(), file.getValue())));
      assertEquals(422, response.statusCode(), file.getKey() + ": " + Http.text(response));
      JsonNode error = json(response).get("error");
      assertTrue(List.of("EMPTY", "UNREADABLE", "UNSUPPORTED", "NOT_AN_ORDER", "TOO_COMPLEX").contains(error.get("code").asText()),
          file.getKey() + ": " + error);
      assertFalse(error.get("message").asText().contains("\n\tat "), "no stack trace: " + error);
    }
    HttpResponse<byte[]> good = http.upload("/api/parse", List.of(Http.file("a.txt", sample("anzhero-sudzhensk-2022-575.txt"))));
    assertEquals(200, good.statusCode());
  }

  @Test
  void limitsAre413WithAMessage() throws Exception {
    HttpResponse<byte[]> big = http.upload("/api/parse", List.of(Http.file("big.txt", new byte[(int) LIMIT + 10])));
    assertEquals(413, big.statusCode());
    assertEquals("UPLOAD_TOO_LARGE", json(big).path("error").path("code").asText());
    assertEquals("файл больше 3 МиБ (предел этого сервера)", json(big).path("error").path("message").asText());
    byte[] small = sample("anzhero-sudzhensk-2022-575.txt");
    List<Http.Part> four = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      four.add(Http.file(i + ".txt", small));
    }
    HttpResponse<byte[]> many = http.upload("/api/parse", four);
    assertEquals(413, many.statusCode());
    assertEquals("TOO_MANY_FILES", json(many).path("error").path("code").asText());
  }

  @Test
  void badRequestsAre400Or404() throws Exception {
    HttpResponse<byte[]> noFile = http.upload("/api/parse", List.of(new Http.Part("other", "x.txt", new byte[] {'x'})));
    assertEquals(400, noFile.statusCode());
    assertEquals("NO_FILE", json(noFile).path("error").path("code").asText());
    HttpResponse<byte[]> notMultipart = http.postJson("/api/parse", "{}".getBytes(StandardCharsets.UTF_8));
    assertEquals("NOT_MULTIPART", json(notMultipart).path("error").path("code").asText());
    HttpResponse<byte[]> format = http.upload("/api/parse?format=pdf", List.of(Http.file("a.txt", sample("anzhero-sudzhensk-2022-575.txt"))));
    assertEquals(400, format.statusCode());
    assertEquals("BAD_FORMAT", json(format).path("error").path("code").asText());
    HttpResponse<byte[]> notOrder = http.postJson("/api/export?format=xlsx", "{\"schema\": \"other\"}".getBytes(StandardCharsets.UTF_8));
    assertEquals(400, notOrder.statusCode());
    assertEquals("BAD_ORDER", json(notOrder).path("error").path("code").asText());
    assertEquals(404, http.get("/api/jobs/0123").statusCode());
    int traversal = http.get("/../../etc/passwd").statusCode();
    assertTrue(traversal == 400 || traversal == 404, "status " + traversal);
    assertEquals(404, http.get("/prikaz/app/Messages.properties").statusCode());
  }

  @Test
  void theClientsFileNameNeverBecomesAPath() throws Exception {
    HttpResponse<byte[]> response = http.upload("/api/parse",
        List.of(Http.file("..\\..\\windows/../etc/plan.txt", sample("anzhero-sudzhensk-2022-575.txt"))));
    assertEquals("plan.txt", json(response).path("source").path("file").asText());
  }

  @Test
  void stateChangingRequestsFromAnotherSiteAreRefused() throws Exception {
    byte[] txt = sample("anzhero-sudzhensk-2022-575.txt");
    HttpResponse<byte[]> foreign = http.upload("/api/parse", List.of(Http.file("a.txt", txt)), "Origin", "http://example.org");
    assertEquals(403, foreign.statusCode());
    assertEquals("CROSS_ORIGIN", json(foreign).path("error").path("code").asText());
    HttpResponse<byte[]> site = http.upload("/api/parse", List.of(Http.file("a.txt", txt)), "Sec-Fetch-Site", "cross-site");
    assertEquals(403, site.statusCode());
    HttpResponse<byte[]> own = http.upload("/api/parse", List.of(Http.file("a.txt", txt)),
        "Origin", "http://127.0.0.1:" + server.port());
    assertEquals(200, own.statusCode());
  }

  @Test
  void aForeignHostNameIsRefusedOnLoopback() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write("GET /api/config HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(answer.startsWith("HTTP/1.1 403"), answer);
      assertTrue(answer.contains("FOREIGN_HOST"), answer);
    }
  }

  @Test
  void anotherAddressNeedsTheToken() throws Exception {
    try (WebServer open = WebServer.start(new WebServer.Settings("0.0.0.0", 0, LIMIT, 3, 1, OcrMode.NEVER, "rus", null))) {
      assertNotNull(open.token());
      assertTrue(open.url().endsWith("/?token=" + open.token()), open.url());
      Http client = new Http("http://127.0.0.1:" + open.port());
      HttpResponse<byte[]> without = client.get("/");
      assertEquals(403, without.statusCode());
      assertEquals("TOKEN_REQUIRED", json(without).path("error").path("code").asText());
      assertEquals(403, client.get("/?token=wrong").statusCode());
      HttpResponse<byte[]> page = client.get("/?token=" + open.token());
      assertEquals(200, page.statusCode());
      assertTrue(page.headers().firstValue("Set-Cookie").orElse("").contains("prikaz_token=" + open.token()));
      assertTrue(page.headers().firstValue("Set-Cookie").orElse("").contains("HttpOnly"));
      assertEquals(200, client.get("/api/config", "Cookie", "prikaz_token=" + open.token()).statusCode());
      HttpResponse<byte[]> parsed = client.upload("/api/parse", List.of(Http.file("a.txt", sample("anzhero-sudzhensk-2022-575.txt"))),
          "X-Prikaz-Token", open.token());
      assertEquals(200, parsed.statusCode());
      assertEquals(403, client.upload("/api/parse", List.of(Http.file("a.txt", sample("anzhero-sudzhensk-2022-575.txt")))).statusCode());
    }
  }

  @Test
  void aCorrectedOrderIsWhatTheDownloadsHoldAndAChangedDeadlineIsReadAgain() throws Exception {
    ObjectNode order = (ObjectNode) JSON.readTree(sample("expected/artem-2020-218.json"));
    ObjectNode first = (ObjectNode) order.path("plans").get(0).path("items").get(0);
    first.put("activity", "Проверить журналы <script>alert(1)</script>");
    first.putObject("deadline").put("text", "до 15 марта");
    HttpResponse<byte[]> json = http.postJson("/api/export?format=json&lang=en", JSON.writeValueAsBytes(order));
    assertEquals(200, json.statusCode());
    JsonNode deadline = json(json).path("plans").get(0).path("items").get(0).path("deadline");
    assertEquals("до 15 марта", deadline.path("text").asText());
    assertEquals("by", deadline.path("kind").asText());
    String planYear = order.path("plans").get(0).path("period").path("start").asText().substring(0, 4);
    assertTrue(deadline.path("end").asText().endsWith("-03-15"), deadline.toString());
    assertTrue(deadline.path("end").asText().compareTo(planYear) >= 0, deadline.toString());
    HttpResponse<byte[]> xlsx = http.postJson("/api/export?format=xlsx", JSON.writeValueAsBytes(order));
    assertEquals(200, xlsx.statusCode());
    assertTrue(cells(xlsx.body()).contains("Проверить журналы <script>alert(1)</script>"));
    HttpResponse<byte[]> ics = http.postJson("/api/export?format=ics",
        JSON.writeValueAsBytes(JSON.createArrayNode().add(order).add(order)));
    assertEquals(400, ics.statusCode());
    assertEquals("ICS_ONE_ORDER", json(ics).path("error").path("code").asText());
  }

  @Test
  void theDiffOfTwoOrdersAsJsonAndXlsx() throws Exception {
    ObjectNode before = (ObjectNode) JSON.readTree(sample("expected/artem-2020-218.json"));
    ObjectNode after = before.deepCopy();
    ((ObjectNode) after.path("plans").get(0).path("items").get(2)).put("result", "Отчёт директору");
    ObjectNode body = JSON.createObjectNode();
    body.set("old", before);
    body.set("new", after);
    HttpResponse<byte[]> diff = http.postJson("/api/diff", JSON.writeValueAsBytes(body));
    assertEquals(200, diff.statusCode());
    JsonNode answer = json(diff);
    assertEquals("prikaz-diff/1", answer.path("schema").asText());
    assertFalse(answer.path("equivalent").asBoolean());
    assertEquals(1, answer.path("summary").path("changed").asInt());
    HttpResponse<byte[]> xlsx = http.postJson("/api/diff?format=xlsx", JSON.writeValueAsBytes(body));
    assertTrue(cells(xlsx.body()).contains("Отчёт директору"));
    HttpResponse<byte[]> files = http.upload("/api/diff", List.of(new Http.Part("old", "a.docx", sample("artem-2020-218.docx")),
        new Http.Part("new", "b.json", sample("expected/artem-2020-218.json"))));
    assertEquals(200, files.statusCode(), Http.text(files));
    assertTrue(json(files).path("equivalent").asBoolean());
  }

  @Test
  void aJobIsPolledUntilItsOrderIsThere() throws Exception {
    HttpResponse<byte[]> started = http.upload("/api/jobs", List.of(Http.file("plan.odt", sample("spb-moskovsky-2023-8.odt"))));
    assertEquals(202, started.statusCode());
    String id = json(started).path("id").asText();
    assertEquals(32, id.length());
    JsonNode status = null;
    for (int i = 0; i < 200; i++) {
      status = json(http.get("/api/jobs/" + id));
      if (status.path("state").asText().equals("done") || status.path("state").asText().equals("failed")) {
        break;
      }
      Thread.sleep(100);
    }
    assertEquals("done", status.path("state").asText(), status.toString());
    assertEquals(18, status.path("order").path("plans").get(0).path("items").size());
    assertEquals(status.path("order").path("warnings").size(), status.path("notes").size());
    assertEquals(0, status.path("scanPages").asInt());
    assertEquals(404, http.get("/api/jobs/" + id + "/pages/0").statusCode(), "a document with text has no page images");
    assertTrue(status.path("order").path("plans").get(0).path("items").get(0).path("pageAreas").isMissingNode());
  }

  @Test
  @org.junit.jupiter.api.Tag("ocr")
  void aScansJobShowsItsPageAndWhereEachItemWasReadOnIt() throws Exception {
    byte[] scan = sample("artem-2020-218.scan.png");
    HttpResponse<byte[]> started = http.upload("/api/jobs", List.of(Http.file("scan.png", scan)));
    String id = json(started).path("id").asText();
    JsonNode status = null;
    for (int i = 0; i < 600; i++) {
      status = json(http.get("/api/jobs/" + id));
      if (status.path("state").asText().equals("done") || status.path("state").asText().equals("failed")) {
        break;
      }
      Thread.sleep(100);
    }
    assertEquals("done", status.path("state").asText(), status.toString());
    assertEquals(1, status.path("scanPages").asInt());
    HttpResponse<byte[]> page = http.get("/api/jobs/" + id + "/pages/0");
    assertEquals(200, page.statusCode());
    assertEquals("image/png", page.headers().firstValue("Content-Type").orElse(""));
    java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new ByteArrayInputStream(page.body()));
    java.awt.image.BufferedImage original = javax.imageio.ImageIO.read(new ByteArrayInputStream(scan));
    // The whole page, upright, at most 1400 pixels wide: the shape of the file's image.
    assertEquals((double) original.getHeight() / original.getWidth(), (double) image.getHeight() / image.getWidth(), 0.01);
    assertEquals(404, http.get("/api/jobs/" + id + "/pages/1").statusCode());
    JsonNode items = status.path("order").path("plans").get(0).path("items");
    double lastTop = 0;
    for (JsonNode item : items) {
      JsonNode area = item.path("pageAreas").get(0);
      assertEquals(1, item.path("pageAreas").size(), item.toString());
      assertEquals(1, area.path("page").asInt());
      // Rows go down the page in item order.
      assertTrue(area.path("y").asDouble() > lastTop, item.path("number").asText() + " below the row above: " + area);
      lastTop = area.path("y").asDouble();
    }
  }

  @Test
  void thePageAndItsAssetsComeFromTheJarWithAStrictPolicy() throws Exception {
    HttpResponse<byte[]> page = http.get("/");
    assertEquals(200, page.statusCode());
    assertTrue(Http.text(page).contains("<script src=\"app.js\" defer></script>"));
    String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(policy.contains("script-src 'self'"), policy);
    assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
    for (String asset : List.of("/app.js", "/render.js", "/texts.js", "/app.css")) {
      HttpResponse<byte[]> file = http.get(asset);
      assertEquals(200, file.statusCode(), asset);
      assertFalse(Http.text(file).contains("http://") || Http.text(file).contains("https://"), asset + " loads nothing from outside");
    }
  }

  /** Every cell's text in every sheet of a workbook. */
  static List<String> cells(byte[] xlsx) throws Exception {
    List<String> texts = new ArrayList<>();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Sheet sheet : book) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            texts.add(cell.toString());
          }
        }
      }
    }
    return texts;
  }
}
