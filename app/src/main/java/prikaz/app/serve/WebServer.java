package prikaz.app.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import prikaz.parser.OcrMode;

/**
 * The web server of {@code prikaz serve}: Jetty on one address and port, the {@link Api} behind
 * it, a private temporary folder for uploads (removed on stop) and, on any address but loopback,
 * a random token.
 */
public final class WebServer implements AutoCloseable {
  /** What the server is started with. */
  public record Settings(String host, int port, long maxFileBytes, int maxFiles, int readers, OcrMode ocr,
      String ocrLanguage, String tesseract) {}

  private final Server server;
  private final Jobs jobs;
  private final Path folder;
  private final String token;
  private final String host;

  private WebServer(Settings settings) throws IOException {
    this.host = settings.host();
    this.token = isLoopback(settings.host()) ? null : randomToken();
    this.folder = privateFolder();
    this.jobs = new Jobs(new Reading(settings.ocr(), settings.ocrLanguage(), settings.tesseract(), settings.maxFileBytes()),
        settings.readers());
    Uploads uploads = new Uploads(settings.maxFileBytes(), settings.maxFiles(), folder);
    QueuedThreadPool threads = new QueuedThreadPool(64, 4);
    threads.setName("prikaz-serve");
    threads.setDaemon(true);
    this.server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(settings.host());
    connector.setPort(settings.port());
    server.addConnector(connector);
    server.setHandler(new Api(new Gate(token), uploads, jobs));
    server.setStopTimeout(2000);
  }

  /**
   * A started server; a BindException when the port is taken, another IOException when the
   * address is not this computer's.
   */
  public static WebServer start(Settings settings) throws IOException {
    WebServer web = new WebServer(settings);
    try {
      web.server.start();
    } catch (Exception e) {
      web.close();
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof java.net.BindException) {
          java.net.BindException taken = new java.net.BindException(e.getMessage() + " (" + cause.getMessage() + ")");
          taken.initCause(e);
          throw taken;
        }
      }
      throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
    }
    return web;
  }

  /** The port listened on (the one chosen when 0 was asked). */
  public int port() {
    return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
  }

  /** The token every request needs, or null on loopback. */
  public String token() {
    return token;
  }

  /** The address to open: {@code http://HOST:PORT/}, with {@code ?token=} when one is needed. */
  public String url() {
    String shown = host.contains(":") ? "[" + host + "]" : host.equals("0.0.0.0") ? hostName() : host;
    return "http://" + shown + ":" + port() + "/" + (token == null ? "" : "?token=" + token);
  }

  /** Blocks until the server stops. */
  public void join() throws InterruptedException {
    server.join();
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      // stopping anyway: the folder below is removed all the same
    }
    jobs.close();
    deleteFolder();
  }

  static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (IOException e) {
      return false;
    }
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "0.0.0.0";
    }
  }

  private static String randomToken() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** A folder only this user can open (owner-only permissions where the file system has them). */
  private static Path privateFolder() throws IOException {
    try {
      return Files.createTempDirectory("prikaz-serve-", java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
          java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
    } catch (UnsupportedOperationException e) {
      return Files.createTempDirectory("prikaz-serve-");  // Windows: the user's own %TEMP%
    }
  }

  private void deleteFolder() {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // already gone
    }
  }
}
