package prikaz.app;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The files a batch reads: every file named, and every file with a supported extension under the
 * folders named, filtered by {@code --include}/{@code --exclude}; how many were left out and why;
 * and what could not be looked at (an unreadable folder, a file name the locale cannot spell),
 * each a failure of its own while the rest is read.
 */
final class BatchInputs {
  /** The file extensions looked at in folders (a file named on the command line is always tried). */
  static final Set<String> EXTENSIONS = Set.of("txt", "docx", "docm", "dotx", "doc", "odt", "rtf", "html", "htm",
      "pdf", "png", "jpg", "jpeg", "tif", "tiff", "bmp", "gif");

  /**
   * One input: the file, and its path under the folder named on the command line — with several
   * paths named, under that folder's name («2022/575.txt», «2023/575.txt»), so no two inputs
   * share an output.
   */
  record Input(Path file, Path relative) {
    /** The path under the folder with «/» between folders, as results and combined outputs show it. */
    String path() {
      return relative.toString().replace(java.io.File.separatorChar, '/');
    }
  }

  /** A path that could not be looked at: a failure row of its own (kind, and the message's key and argument). */
  record Refused(Path path, String kind, String messageKey, String detail) {}

  /** A file found under a path named: that path, whether it is a folder, and the file's path under it. */
  private record Found(Path file, int root, Path under) {}

  private final List<PathMatcher> includes;
  private final List<PathMatcher> excludes;
  private final Path outAbsolute;
  private final List<Path> roots = new ArrayList<>();
  private final List<Boolean> folders = new ArrayList<>();
  private final List<Found> found = new ArrayList<>();
  final List<Refused> refused = new ArrayList<>();
  /** Files in the folders whose extension is not a supported one. */
  int unknownType;
  /** Files (and unreadable folders) left out by {@code --include} or {@code --exclude}. */
  int excluded;

  BatchInputs(List<String> include, List<String> exclude, Path out) {
    this.includes = include.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
    this.excludes = exclude.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
    this.outAbsolute = out.toAbsolutePath().normalize();
  }

  void add(Path path) throws IOException {
    int root = roots.size();
    roots.add(path);
    folders.add(Files.isDirectory(path));
    if (!Files.isDirectory(path)) {
      found.add(new Found(path, root, path.getFileName()));
      return;
    }
    Files.walkFileTree(path, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        return dir.toAbsolutePath().normalize().startsWith(outAbsolute) ? FileVisitResult.SKIP_SUBTREE
            : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file)) {
          consider(path, root, file);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        // A folder that cannot be opened (its permissions) is one failure; the others are still read.
        if (matches(excludes, path, file) || matches(excludes, path, file.resolve("-"))) {
          excluded++;
        } else {
          refused.add(new Refused(file, "IO", e instanceof java.nio.file.AccessDeniedException ? "permission-denied"
              : "cannot-read", e.getMessage()));
        }
        return FileVisitResult.CONTINUE;
      }
    });
  }

  private void consider(Path root, int index, Path file) {
    if (file.toAbsolutePath().normalize().startsWith(outAbsolute)) {
      return;
    }
    if (!EXTENSIONS.contains(extension(file))) {
      unknownType++;
    } else if (!includes.isEmpty() && !matches(includes, root, file) || matches(excludes, root, file)) {
      excluded++;
    } else if (!spellable(file)) {
      refused.add(new Refused(file, "IO", "name-not-in-locale", System.getProperty("sun.jnu.encoding")));
    } else {
      found.add(new Found(file, index, root.relativize(file)));
    }
  }

  /**
   * The inputs with their paths under the folders named: the folder's name leads when several
   * paths are named, its whole spelling when two folders have one name, and a file named twice is
   * read once; no two inputs have one path, whatever the case of its letters.
   */
  List<Input> inputs() {
    Map<String, Integer> names = new HashMap<>();
    for (int i = 0; i < roots.size(); i++) {
      if (folders.get(i)) {
        names.merge(key(label(roots.get(i), false)), 1, Integer::sum);
      }
    }
    Map<String, Integer> fileNames = new HashMap<>();
    for (Found f : found) {
      if (!folders.get(f.root())) {
        fileNames.merge(key(f.under()), 1, Integer::sum);
      }
    }
    List<Input> inputs = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    Set<Path> files = new HashSet<>();
    List<Found> sorted = new ArrayList<>(found);
    sorted.sort(java.util.Comparator.comparing((Found f) -> f.file().toString()));
    for (Found f : sorted) {
      if (!files.add(f.file().toAbsolutePath().normalize())) {
        continue;
      }
      Path relative;
      if (folders.get(f.root())) {
        Path root = roots.get(f.root());
        relative = roots.size() == 1 ? f.under()
            : label(root, names.get(key(label(root, false))) > 1).resolve(f.under());
      } else {
        // Files named alike («2022/575.txt 2023/575.txt»): under their folder's name.
        Path parent = f.file().toAbsolutePath().normalize().getParent();
        relative = fileNames.get(key(f.under())) > 1 && parent != null && parent.getFileName() != null
            ? parent.getFileName().resolve(f.under()) : f.under();
      }
      Path unique = relative;
      for (int n = 2; !taken.add(key(unique)); n++) {
        unique = Path.of(relative.getName(0) + "~" + n).resolve(relative.getNameCount() > 1
            ? relative.subpath(1, relative.getNameCount()) : Path.of(""));
      }
      inputs.add(new Input(f.file(), unique));
    }
    return inputs;
  }

  /** A path's name, or with {@code whole} its spelling without the leading «/» and «..» («a/2022»). */
  private static Path label(Path path, boolean whole) {
    Path absolute = path.toAbsolutePath().normalize();
    if (!whole) {
      return absolute.getFileName() != null ? absolute.getFileName() : Path.of("root");
    }
    Path spelled = path.normalize();
    if (spelled.isAbsolute()) {
      spelled = spelled.getRoot().relativize(spelled);
    }
    while (spelled.getNameCount() > 1 && spelled.getName(0).toString().equals("..")) {
      spelled = spelled.subpath(1, spelled.getNameCount());
    }
    return spelled.getNameCount() == 0 || spelled.toString().isEmpty() ? label(path, false) : spelled;
  }

  private static String key(Path path) {
    return path.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether the file's name can be written back in the locale's character set: outside a UTF-8
   * locale a Cyrillic name is read as «?», and no output could be named after it.
   */
  private static boolean spellable(Path file) {
    try {
      Path.of(file.toString());
      return true;
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /** A glob matches the path under the folder, or the file name alone. */
  private static boolean matches(List<PathMatcher> matchers, Path root, Path file) {
    Path relative = root.relativize(file);
    return matchers.stream().anyMatch(m -> m.matches(relative) || m.matches(file.getFileName()));
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
