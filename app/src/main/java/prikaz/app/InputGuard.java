package prikaz.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * Keeps an output from replacing an input: {@code parse a.txt -o a.txt} would write the result
 * over the document it was read from. The files are compared as the file system sees them (links
 * followed, the same file under two names is the same), not by their spelling.
 */
final class InputGuard {
  private InputGuard() {}

  /** The input that writing {@code target} would replace, or null; {@code -} (stdin) is no file. */
  static String overwritten(Path target, List<String> inputs) {
    if (target == null || !Files.exists(target)) {
      return null;
    }
    for (String input : inputs) {
      if (input.equals("-")) {
        continue;
      }
      try {
        Path file = Path.of(input);
        if (Files.exists(file) && Files.isSameFile(target, file)) {
          return input;
        }
      } catch (IOException | InvalidPathException e) {
        // Not a file that can be read: the parse says so; nothing here to overwrite.
      }
    }
    return null;
  }
}
