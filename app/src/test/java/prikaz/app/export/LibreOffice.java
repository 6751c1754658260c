package prikaz.app.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Headless LibreOffice for the tests that open our files as a user would. */
final class LibreOffice {
  private LibreOffice() {}

  /** The soffice program on the PATH, or null. */
  static String command() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      for (String name : List.of("soffice", "libreoffice")) {
        if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
          return Path.of(dir, name).toString();
        }
      }
    }
    return null;
  }

  /**
   * Converts {@code file} to {@code format} (xlsx, pdf, …) in {@code dir} with a profile of its own,
   * so runs in parallel do not share one; {@code importFilter} may be null.
   */
  static Path convert(String soffice, Path file, String importFilter, String format, Path dir) throws Exception {
    Path profile = Files.createDirectories(dir.resolve("lo-profile"));
    Path out = Files.createDirectories(dir.resolve("lo-out"));
    List<String> command = new ArrayList<>(List.of(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless"));
    if (importFilter != null) {
      command.add("--infilter=" + importFilter);
    }
    command.addAll(List.of("--convert-to", format, "--outdir", out.toString(), file.toString()));
    String name = file.getFileName().toString();
    Path result = out.resolve(name.substring(0, name.lastIndexOf('.')) + "." + format);
    // A fresh profile's first start now and then exits without converting: one more try.
    for (int attempt = 0; attempt < 2 && !Files.exists(result); attempt++) {
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(dir.resolve("lo.log").toFile()).start();
      if (!process.waitFor(180, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException("LibreOffice took over 180 s");
      }
    }
    if (!Files.exists(result)) {
      throw new IOException("LibreOffice wrote no " + format + ": " + Files.readString(dir.resolve("lo.log")));
    }
    return result;
  }
}
