package prikaz.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version and commit the build wrote into {@code build.properties}: «prikaz 0.1.0 (commit
 * 1a2b3c4d5e)», with «, modified» when the tree had uncommitted changes.
 */
public final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {line()};
  }

  static String line() {
    Properties build = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("build.properties")) {
      if (in != null) {
        build.load(in);
      }
    } catch (IOException e) {
      // no build information: the version line says so below
    }
    String version = known(build.getProperty("version"));
    String commit = known(build.getProperty("commit"));
    StringBuilder line = new StringBuilder("prikaz ").append(version == null ? "(version unknown)" : version);
    if (commit != null) {
      line.append(" (commit ").append(commit);
      if ("true".equals(build.getProperty("dirty"))) {
        line.append(", modified");
      }
      line.append(')');
    }
    return line.toString();
  }

  /** A value the build filled in, or null when it could not ({@code ${…}} left as written). */
  private static String known(String value) {
    return value == null || value.isBlank() || value.startsWith("${") ? null : value;
  }
}
