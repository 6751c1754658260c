package prikaz.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * Stores the help pages that {@link HelpPages} prints: run by the build (after compiling, before
 * the tests and the jar) with the classes folder as its argument.
 */
public final class HelpPagesWriter {
  private HelpPagesWriter() {}

  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args[0] + HelpPages.FOLDER);
    List<String> commands = new ArrayList<>();
    for (String language : Texts.LANGUAGES) {
      CommandLine root = Cli.configure(PrikazCommand.commandLine(new PrikazCommand()), language);
      commands.clear();
      write(folder.resolve(language), "prikaz", root);
      for (var sub : root.getSubcommands().entrySet()) {
        if (!sub.getKey().equals("help")) {
          commands.add(sub.getKey());
          write(folder.resolve(language), sub.getKey(), sub.getValue());
        }
      }
    }
    Files.writeString(Path.of(args[0] + HelpPages.INDEX), String.join("\n", commands) + "\n", StandardCharsets.UTF_8);
  }

  private static void write(Path folder, String name, CommandLine command) throws IOException {
    Files.createDirectories(folder);
    Files.writeString(folder.resolve(name + ".plain.txt"), render(command, CommandLine.Help.Ansi.OFF),
        StandardCharsets.UTF_8);
    Files.writeString(folder.resolve(name + ".ansi.txt"), render(command, CommandLine.Help.Ansi.ON),
        StandardCharsets.UTF_8);
  }

  /** The page picocli prints for the command's help option, with LF line ends. */
  static String render(CommandLine command, CommandLine.Help.Ansi ansi) {
    StringWriter page = new StringWriter();
    command.usage(new PrintWriter(page, true), ansi);
    return page.toString().replace(System.lineSeparator(), "\n");
  }
}
