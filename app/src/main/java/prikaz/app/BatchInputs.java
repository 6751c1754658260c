package prikaz.app;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files a batch reads: every file named, and every file with a supported extension under the
 * folders named, filtered by {@code --include}/{@code --exclude}; and how many were left out and why.
 */
final class BatchInputs {
  /** The file extensions looked at in folders (a file named on the command line is always tried). */
  static final Set<String> EXTENSIONS = Set.of("txt", "docx", "docm", "dotx", "doc", "odt", "rtf", "html", "htm",
      "pdf", "png", "jpg", "jpeg", "tif", "tiff", "bmp", "gif");

  /** One input: the file, and its path under the folder named on the command line. */
  record Input(Path file, Path relative) {
    /** The path under the folder with «/» between folders, as results and combined outputs show it. */
    String path() {
      return relative.toString().replace(java.io.File.separatorChar, '/');
    }
  }

  private final List<PathMatcher> includes;
  private final List<PathMatcher> excludes;
  private final Path outAbsolute;
  final List<Input> inputs = new ArrayList<>();
  /** Files in the folders whose extension is not a supported one. */
  int unknownType;
  /** Files left out by {@code --include} or {@code --exclude}. */
  int excluded;

  BatchInputs(List<String> include, List<String> exclude, Path out) {
    this.includes = include.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
    this.excludes = exclude.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
    this.outAbsolute = out.toAbsolutePath().normalize();
  }

  void add(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      inputs.add(new Input(path, path.getFileName()));
      return;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(path)) {
      files = walk.filter(Files::isRegularFile)
          .filter(f -> !f.toAbsolutePath().normalize().startsWith(outAbsolute))
          .sorted().toList();
    }
    for (Path f : files) {
      if (!EXTENSIONS.contains(extension(f))) {
        unknownType++;
      } else if (!includes.isEmpty() && !matches(includes, path, f) || matches(excludes, path, f)) {
        excluded++;
      } else {
        inputs.add(new Input(f, path.relativize(f)));
      }
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
