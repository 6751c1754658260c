package prikaz.app;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a command's output goes ({@code -o}): a file, or standard output when there is none or it
 * is «-»; and the format a file's extension names, for when {@code -f} is not given.
 */
final class OutputFile {
  private OutputFile() {}

  /** The file to write, or null for standard output (no {@code -o}, or {@code -o -}). */
  static Path fileOrNull(Path output) {
    return output == null || output.toString().equals("-") ? null : output;
  }

  /** The format whose name is the file's extension ({@code plan.xlsx} → xlsx), or null. */
  static <E extends Enum<E>> E byExtension(Path file, Class<E> formats) {
    if (file == null || file.getFileName() == null) {
      return null;
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return null;
    }
    String extension = name.substring(dot + 1);
    for (E format : formats.getEnumConstants()) {
      if (format.name().equals(extension)) {
        return format;
      }
    }
    return null;
  }
}
