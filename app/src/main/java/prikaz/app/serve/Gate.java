package prikaz.app.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;

/**
 * Who may use the server. On 127.0.0.1 only this computer can reach it, and the Host header must
 * name a loopback address (a web site cannot reach it through a name of its own pointed at
 * 127.0.0.1). On any other address every request must carry the token printed at start: in the
 * URL ({@code ?token=}, which then sets a cookie for the page's own requests), a cookie or the
 * {@code X-Prikaz-Token} header. Every request that changes something must come from the page
 * itself: a browser's {@code Origin} (or {@code Sec-Fetch-Site}) naming another site is refused.
 */
final class Gate {
  static final String TOKEN_HEADER = "X-Prikaz-Token";
  static final String TOKEN_COOKIE = "prikaz_token";

  /** Why a request is refused: HTTP status, code and message key. */
  record Refusal(int status, String code, String english, String russian) {}

  private final String token;

  /** {@code token} null: the server listens on loopback and needs none. */
  Gate(String token) {
    this.token = token;
  }

  /** Null when the request may go on; else why not. */
  Refusal check(Exchange exchange) {
    if (token == null && !loopbackHost(exchange.header(HttpHeader.HOST))) {
      return new Refusal(403, "FOREIGN_HOST", "the Host header must name this computer (127.0.0.1 or localhost)",
          "адрес в запросе должен указывать на этот компьютер (127.0.0.1 или localhost)");
    }
    if (token != null && !tokenGiven(exchange)) {
      return new Refusal(403, "TOKEN_REQUIRED", "open the address with the token that prikaz serve printed",
          "откройте адрес с ключом (token), который напечатала команда prikaz serve");
    }
    String method = exchange.method();
    if (!method.equals("GET") && !method.equals("HEAD") && !sameOrigin(exchange)) {
      return new Refusal(403, "CROSS_ORIGIN", "requests that change something must come from this page",
          "запросы, которые что-то меняют, принимаются только с этой страницы");
    }
    return null;
  }

  /** After a good {@code ?token=}: the cookie that lets the page's own requests in. */
  void remember(Exchange exchange) {
    if (token != null && matches(exchange.query("token"))) {
      Response.addCookie(exchange.response, HttpCookie.build(TOKEN_COOKIE, token)
          .path("/").httpOnly(true).sameSite(HttpCookie.SameSite.STRICT).build());
    }
  }

  private boolean tokenGiven(Exchange exchange) {
    if (matches(exchange.query("token")) || matches(exchange.header(TOKEN_HEADER))) {
      return true;
    }
    for (HttpCookie cookie : Request.getCookies(exchange.request)) {
      if (cookie.getName().equals(TOKEN_COOKIE) && matches(cookie.getValue())) {
        return true;
      }
    }
    return false;
  }

  private boolean matches(String given) {
    return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
  }

  /** The Origin (or Sec-Fetch-Site) of a browser's request names this server; scripts send neither. */
  static boolean sameOrigin(Exchange exchange) {
    String origin = exchange.header(HttpHeader.ORIGIN);
    String host = exchange.header(HttpHeader.HOST);
    if (origin != null) {
      return host != null && (origin.equalsIgnoreCase("http://" + host) || origin.equalsIgnoreCase("https://" + host));
    }
    String site = exchange.header("Sec-Fetch-Site");
    return site == null || site.equals("same-origin") || site.equals("none");
  }

  static boolean loopbackHost(String host) {
    if (host == null) {
      return false;
    }
    String name = host.toLowerCase(Locale.ROOT);
    if (name.startsWith("[")) {
      return name.startsWith("[::1]");
    }
    int colon = name.indexOf(':');
    name = colon < 0 ? name : name.substring(0, colon);
    return name.equals("localhost") || name.equals("127.0.0.1") || name.startsWith("127.");
  }
}
