package prikaz.app;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import prikaz.parser.DocumentException;

/**
 * The command line's words in one language: the picocli resource bundle that holds the help
 * texts, and the commands' own messages from the same bundle ({@code msg.*}, {@code reason.*}).
 */
final class Texts {
  static final String BUNDLE = "prikaz.app.Messages";
  static final List<String> LANGUAGES = List.of("ru", "en");

  private final Locale locale;
  /** Read on first use: a command's default texts are replaced by the run's language before any is shown. */
  private volatile ResourceBundle bundle;

  private Texts(Locale locale) {
    this.locale = locale;
  }

  static Texts of(String language) {
    return new Texts(Locale.forLanguageTag(language));
  }

  /**
   * The language asked for: {@code --lang X} (or {@code --lang=X}) anywhere in the arguments, else
   * the POSIX locale variables in their order of precedence (LC_ALL, LC_MESSAGES, LANG): Russian
   * when the first one set starts with «ru», English otherwise.
   */
  static String language(String[] args, Map<String, String> env) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--")) {
        break;
      }
      String value = args[i].equals("--lang") && i + 1 < args.length ? args[i + 1]
          : args[i].startsWith("--lang=") ? args[i].substring("--lang=".length()) : null;
      if (value != null && LANGUAGES.contains(value.toLowerCase(Locale.ROOT))) {
        return value.toLowerCase(Locale.ROOT);
      }
    }
    for (String variable : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
      String value = env.get(variable);
      if (value != null && !value.isEmpty()) {
        return value.toLowerCase(Locale.ROOT).startsWith("ru") ? "ru" : "en";
      }
    }
    return "en";
  }

  /** «ru» or «en». */
  String language() {
    return locale.getLanguage();
  }

  ResourceBundle bundle() {
    ResourceBundle read = bundle;
    if (read == null) {
      // No fallback to the default locale: --lang en under LANG=ru_RU must give English.
      read = ResourceBundle.getBundle(BUNDLE, locale,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
      bundle = read;
    }
    return read;
  }

  /** A message ({@code msg.KEY}) with its %s/%d arguments filled in. */
  String get(String key, Object... args) {
    return String.format(Locale.ROOT, bundle().getString("msg." + key), args);
  }

  /**
   * Why a file could not be read, in one phrase: the document's reason, «no such file»,
   * «permission denied» or «cannot read: …».
   */
  String whyUnread(Exception e) {
    if (e instanceof DocumentException d) {
      return reason(d);
    } else if (e instanceof java.nio.file.NoSuchFileException) {
      return get("no-such-file");
    } else if (e instanceof java.nio.file.AccessDeniedException) {
      return get("permission-denied");
    } else if (e instanceof java.nio.file.InvalidPathException) {
      return get("name-not-in-locale", System.getProperty("sun.jnu.encoding"));
    }
    return get("cannot-read", e.getMessage());
  }

  /**
   * Why a document cannot be used: the reason in this language, then the parser's detail (in
   * Russian when its wording is known, else left out: the Russian line has no English in it).
   */
  String reason(DocumentException e) {
    String label = bundle().getString("reason." + e.reason().name());
    String detail = e.detail();
    if (detail != null && locale.getLanguage().equals("ru")) {
      detail = e.reason() == DocumentException.Reason.ENCRYPTED ? null : RussianDetails.of(detail);
    }
    return detail != null && !detail.isEmpty() ? label + ": " + detail : label;
  }
}
