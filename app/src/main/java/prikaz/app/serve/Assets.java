package prikaz.app.serve;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The page and its scripts, styles and icons, bundled in the jar (no CDN: the page works with no
 * internet). Only the names listed here are served; nothing is looked up by a path from the URL.
 */
final class Assets {
  private static final String FOLDER = "/prikaz/app/serve/web/";
  private static final Map<String, String> TYPES = Map.of(
      "index.html", "text/html; charset=utf-8",
      "app.js", "text/javascript; charset=utf-8",
      "render.js", "text/javascript; charset=utf-8",
      "texts.js", "text/javascript; charset=utf-8",
      "app.css", "text/css; charset=utf-8",
      "favicon.svg", "image/svg+xml");

  private Assets() {}

  /** Answers a GET for the page ({@code /}) or one of its files; false when the path names none. */
  static boolean serve(Exchange exchange) throws IOException {
    String name = exchange.path.equals("/") ? "index.html" : exchange.path.substring(1);
    String type = TYPES.get(name);
    if (type == null) {
      return false;
    }
    try (InputStream in = Assets.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        return false;
      }
      exchange.send(200, type, in.readAllBytes(), null);
    }
    return true;
  }
}
