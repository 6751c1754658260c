package prikaz.app;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The folder a batch writes to ({@code --out}), checked before anything is read, so that a wrong
 * one is one line rather than a failure per file: it must be a folder (or creatable as one), one
 * this user may write in, and not the folder read or one holding it — a batch reading its own
 * outputs would find nothing, or its results as inputs.
 */
final class OutputFolder {
  private OutputFolder() {}

  /** «PATH: why» when {@code out} is a file, or the folder read or one holding it; null when it is none of them. */
  static String problem(Path out, List<Path> paths, Texts texts) {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      return out + ": " + texts.get("out-not-a-folder");
    }
    Path outReal = real(out);
    for (Path path : paths) {
      if (Files.isDirectory(path) && real(path).startsWith(outReal)) {
        return path + ": " + (real(path).equals(outReal) ? texts.get("out-is-input")
            : texts.get("input-inside-out", out));
      }
    }
    return null;
  }

  /** Creates {@code out} and tries writing in it: «PATH: why» when that fails, else null. */
  static String created(Path out, Texts texts) {
    try {
      Files.createDirectories(out);
      Path probe = Files.createFile(out.resolve("." + AtomicFile.PROBE + "." + ProcessHandle.current().pid() + "."
          + System.nanoTime() + ".part"));
      Files.delete(probe);
      return null;
    } catch (FileAlreadyExistsException e) {
      return out + ": " + texts.get("out-not-a-folder");
    } catch (AccessDeniedException e) {
      return out + ": " + texts.get("cannot-write-out", texts.get("permission-denied"));
    } catch (IOException e) {
      return out + ": " + texts.get("cannot-write-out", e.getMessage());
    }
  }

  /** The path as the file system resolves it (links followed), also when its last parts do not exist yet. */
  static Path real(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute));
    } catch (IOException e) {
      return absolute;
    }
  }
}
