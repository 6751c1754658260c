package prikaz.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The help pages as picocli renders them, stored at build time ({@link HelpPagesWriter}) and
 * printed without building the command line: {@code prikaz --help}, {@code prikaz parse -h},
 * {@code prikaz help batch} (each with or without {@code --lang}) then start in a fraction of the
 * time picocli takes to read the commands' annotations (README «Start-up»). A page is stored per
 * language, command and colouring; a test holds every stored page to picocli's own rendering.
 */
final class HelpPages {
  /** Where the pages lie on the class path: {@code FOLDER/LANG/COMMAND.plain|ansi.txt}. */
  static final String FOLDER = "/prikaz/app/help/";
  /** The commands with a page of their own, besides {@code prikaz} itself. */
  static final String INDEX = FOLDER + "commands.txt";

  private HelpPages() {}

  /**
   * The stored help page these arguments ask for, or null when they ask for anything else (or a
   * page was not stored, or the usage width was changed with {@code picocli.usage.width}).
   */
  static byte[] page(String[] args, Map<String, String> environment) {
    if (System.getProperty("picocli.usage.width") != null || System.getProperty("picocli.ansi") != null) {
      return null;
    }
    String command = command(withoutLanguage(args));
    if (command == null || !command.equals("prikaz") && !commands().contains(command)) {
      return null;
    }
    String colouring = picocli.CommandLine.Help.Ansi.AUTO.enabled() ? "ansi" : "plain";
    String page = read(FOLDER + Texts.language(args, environment) + "/" + command + "." + colouring + ".txt");
    if (page == null) {
      return null;
    }
    String lineSeparator = System.lineSeparator();
    return (lineSeparator.equals("\n") ? page : page.replace("\n", lineSeparator))
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * The command whose help the arguments ask for: {@code prikaz} for {@code -h}, {@code --help}
   * and {@code help}; {@code NAME} for {@code NAME -h}, {@code NAME --help} and {@code help NAME};
   * null for any other arguments.
   */
  static String command(List<String> args) {
    if (args.size() == 1) {
      return isHelpOption(args.get(0)) || args.get(0).equals("help") ? "prikaz" : null;
    }
    if (args.size() == 2) {
      if (args.get(0).equals("help") && !args.get(1).startsWith("-")) {
        return args.get(1);
      }
      if (isHelpOption(args.get(1)) && !args.get(0).startsWith("-") && !args.get(0).equals("help")) {
        return args.get(0);
      }
    }
    return null;
  }

  private static boolean isHelpOption(String arg) {
    return arg.equals("-h") || arg.equals("--help");
  }

  /** The arguments less a well-formed {@code --lang ru|en} or {@code --lang=ru|en}. */
  static List<String> withoutLanguage(String[] args) {
    List<String> rest = new ArrayList<>(List.of(args));
    for (int i = 0; i < rest.size(); i++) {
      String arg = rest.get(i);
      if (arg.equals("--lang") && i + 1 < rest.size() && isLanguage(rest.get(i + 1))) {
        rest.subList(i, i + 2).clear();
        return rest;
      }
      if (arg.startsWith("--lang=") && isLanguage(arg.substring("--lang=".length()))) {
        rest.remove(i);
        return rest;
      }
    }
    return rest;
  }

  private static boolean isLanguage(String value) {
    return Texts.LANGUAGES.contains(value.toLowerCase(java.util.Locale.ROOT));
  }

  private static List<String> commands() {
    String index = read(INDEX);
    return index == null ? List.of() : List.of(index.strip().split("\n"));
  }

  private static String read(String resource) {
    try (InputStream in = HelpPages.class.getResourceAsStream(resource)) {
      return in == null ? null : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }
}
