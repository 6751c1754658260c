package prikaz.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Outputs in a batch's folder that no longer stand for their input: the input failed this time (it
 * was replaced by something that is not an order, or broke), or it is gone from the folder read.
 * Left in place they would be taken for results; a batch counts them, and with {@code --prune}
 * deletes them. An output whose input the batch did not look at (left out by {@code --exclude},
 * or under a folder not named this time) is not stale: it is not known.
 */
final class StaleOutputs {
  /** The formats a batch writes one file per input in. */
  private static final Set<String> FORMATS = Set.of("json", "jsonl", "csv", "xlsx", "ics");

  private StaleOutputs() {}

  /** The stale outputs under {@code out}, by path under it, sorted. */
  static List<Path> find(Path out, List<Path> paths, List<BatchOutcome> outcomes) throws IOException {
    Map<String, BatchOutcome> byPath = new HashMap<>();
    for (BatchOutcome outcome : outcomes) {
      byPath.put(outcome.input().relative().toString(), outcome);
    }
    try (Stream<Path> files = Files.walk(out)) {
      return files.filter(Files::isRegularFile)
          .map(out::relativize)
          .filter(output -> isStale(output, paths, byPath))
          .sorted().toList();
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static boolean isStale(Path output, List<Path> paths, Map<String, BatchOutcome> byPath) {
    String name = output.getFileName().toString();
    int dot = name.lastIndexOf('.');
    if (name.startsWith(".") || dot < 0 || !FORMATS.contains(name.substring(dot + 1))) {
      return false;
    }
    String input = name.substring(0, dot);
    int inputDot = input.lastIndexOf('.');
    if (inputDot < 0 || !BatchInputs.EXTENSIONS.contains(input.substring(inputDot + 1).toLowerCase(Locale.ROOT))) {
      return false;
    }
    Path relative = output.resolveSibling(input);
    BatchOutcome outcome = byPath.get(relative.toString());
    if (outcome != null) {
      return outcome.failureKind() != null;
    }
    Path file = inputOf(relative, paths);
    return file != null && !Files.exists(file);
  }

  /** Where the input of a path under DIR would be, when the folders named tell; null when they do not. */
  private static Path inputOf(Path relative, List<Path> paths) {
    List<Path> folders = paths.stream().filter(Files::isDirectory).toList();
    if (paths.size() == 1 && folders.size() == 1) {
      return folders.get(0).resolve(relative);
    }
    if (relative.getNameCount() < 2) {
      return null;
    }
    String label = relative.getName(0).toString();
    for (Path folder : folders) {
      Path name = folder.toAbsolutePath().normalize().getFileName();
      if (name != null && name.toString().equals(label)) {
        return folder.resolve(relative.subpath(1, relative.getNameCount()));
      }
    }
    return null;
  }
}
