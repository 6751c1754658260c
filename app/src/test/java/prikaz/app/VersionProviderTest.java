package prikaz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** `prikaz --version` prints the version the build was made at and, in a git checkout, its commit. */
class VersionProviderTest {

  @Test
  void theLineNamesTheBuildsVersionAndCommit() {
    String version = System.getProperty("project.version");
    String line = VersionProvider.line();
    assertTrue(line.startsWith("prikaz " + version), line);
    if (Files.isDirectory(Path.of("..", ".git"))) { // a clone; linked work trees may not tell the commit
      assertTrue(line.matches("prikaz \\Q" + version + "\\E \\(commit [0-9a-f]{10}(, modified)?\\)"), line);
    }
  }

  @Test
  void versionOptionPrintsTheLine() {
    StringWriter out = new StringWriter();
    CommandLine cli = PrikazCommand.commandLine(new PrikazCommand());
    cli.setOut(new PrintWriter(out, true));
    int code = Cli.configure(cli, "en").execute("--version");
    assertEquals(0, code);
    assertEquals(VersionProvider.line(), out.toString().strip());
  }
}
