package prikaz.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import prikaz.app.export.CombinedExporter;
import prikaz.app.export.CsvExporter;
import prikaz.app.export.Exporter;
import prikaz.app.export.JsonLinesExporter;
import prikaz.app.export.XlsxExporter;
import prikaz.parser.DocumentException;
import prikaz.parser.OrderParser;
import prikaz.parser.model.Order;

/**
 * {@code prikaz batch PATH... --out DIR}: every supported file under the paths parsed, in parallel,
 * each written to DIR (the folder tree mirrored) in the chosen formats, with optional combined
 * files of all items. A file that fails is a line on stderr and a row of DIR/failures.csv; the
 * others go on.
 */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true)  // description, footer and option texts: Messages*.properties
public final class BatchCommand implements Callable<Integer> {
  /** The file extensions looked at in folders (a file named on the command line is always tried). */
  static final Set<String> EXTENSIONS = Set.of("txt", "docx", "docm", "dotx", "doc", "odt", "rtf", "html", "htm",
      "pdf", "png", "jpg", "jpeg", "tif", "tiff", "bmp", "gif");
  static final String FAILURES = "failures.csv";
  static final String MANIFEST = ".prikaz-batch.tsv";

  @Spec CommandSpec spec;

  @ParentCommand PrikazCommand parent;

  @Parameters(arity = "1..*", paramLabel = "PATH", descriptionKey = "batch.paths")
  List<Path> paths;

  @Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "batch.out")
  Path out;

  @Option(names = {"-f", "--format"}, split = ",", paramLabel = "FORMAT", defaultValue = "json",
      descriptionKey = "batch.format")
  List<ParseCommand.Format> formats;

  @Option(names = "--combined", paramLabel = "FILE", descriptionKey = "batch.combined")
  List<Path> combined = new ArrayList<>();

  @Option(names = "--include", paramLabel = "GLOB", descriptionKey = "batch.include")
  List<String> include = new ArrayList<>();

  @Option(names = "--exclude", paramLabel = "GLOB", descriptionKey = "batch.exclude")
  List<String> exclude = new ArrayList<>();

  @Option(names = {"-j", "--jobs"}, paramLabel = "N", descriptionKey = "batch.jobs")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Option(names = "--csv-dialect", paramLabel = "DIALECT", defaultValue = "excel", descriptionKey = "batch.csv-dialect",
      converter = ParseCommand.DialectConverter.class)
  CsvExporter.Dialect csvDialect;

  @Option(names = "--force", descriptionKey = "batch.force")
  boolean force;

  @Option(names = "--skip-unchanged", descriptionKey = "batch.skip-unchanged")
  boolean skipUnchanged;

  @picocli.CommandLine.Mixin OcrOptions ocrOptions;

  /** One input: the file, and its path under the folder named on the command line. */
  record Input(Path file, Path relative) {}

  /**
   * What became of one input. {@code order} is kept only while combined outputs need it (a batch
   * of thousands holds counts, not orders); {@code warnings} and {@code parsed} say the rest.
   */
  private record Outcome(Input input, Order order, boolean parsed, int warnings, String failureKind, String message,
      boolean skipped, String sha256) {
    static Outcome failure(Input input, String kind, String message) {
      return new Outcome(input, null, false, 0, kind, message, false, null);
    }
  }

  @Override
  public Integer call() throws Exception {
    long started = System.nanoTime();
    PrintWriter err = spec.commandLine().getErr();
    if (jobs < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), texts().get("jobs-at-least-one"));
    }
    for (Path file : combined) {
      if (combinedExporter(file) == null) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
            texts().get("combined-extension", file));
      }
    }
    // Several jobs each read their scans a page at a time: the cores are taken by the jobs.
    OrderParser parser = ocrOptions.builder().ocrThreads(jobs > 1 ? 1 : Runtime.getRuntime().availableProcessors())
        .build();
    List<Input> inputs = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        err.println("prikaz: " + path + ": " + texts().get("no-such-path"));
        return Cli.USAGE;
      }
      inputs.addAll(walk(path));
    }
    inputs.sort((a, b) -> a.file().toString().compareTo(b.file().toString()));
    if (inputs.isEmpty()) {
      err.println("prikaz: " + texts().get("no-files"));
      return Cli.NOTHING_PARSED;
    }
    Files.createDirectories(out);
    Map<String, String> manifest = skipUnchanged ? readManifest() : Map.of();
    List<Exporter> exporters = formats.stream().distinct()
        .map(f -> ParseCommand.exporter(f, true, csvDialect, StandardCharsets.UTF_8)).toList();

    List<Outcome> outcomes = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, inputs.size()));
    try (Progress progress = new Progress(parent.stderrIsTerminal ? err : null, inputs.size(), texts())) {
      List<Future<Outcome>> futures = new ArrayList<>();
      for (Input input : inputs) {
        futures.add(pool.submit(() -> {
          Outcome outcome = process(parser, input, exporters, manifest);
          progress.done(outcome, err);
          return outcome;
        }));
      }
      for (Future<Outcome> future : futures) {
        outcomes.add(future.get());
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }

    int parsed = 0;
    int failed = 0;
    int skipped = 0;
    int warnings = 0;
    List<Order> orders = new ArrayList<>();
    Map<String, String> newManifest = new java.util.TreeMap<>(manifest);
    for (Outcome outcome : outcomes) {
      if (outcome.skipped()) {
        skipped++;
      } else if (outcome.parsed()) {
        parsed++;
        warnings += outcome.warnings();
      } else {
        failed++;
      }
      if (outcome.order() != null) {
        orders.add(outcome.order());
      }
      if (outcome.sha256() != null && outcome.failureKind() == null) {
        newManifest.put(outcome.input().relative().toString(), outcome.sha256());
      }
    }
    writeFailures(outcomes);
    if (!newManifest.isEmpty()) {
      AtomicFile.write(out.resolve(MANIFEST), o -> {
        StringBuilder text = new StringBuilder();
        newManifest.forEach((file, hash) -> text.append(file).append('\t').append(hash).append('\n'));
        o.write(text.toString().getBytes(StandardCharsets.UTF_8));
      });
    }
    for (Path file : combined) {
      CombinedExporter exporter = combinedExporter(file);
      try {
        AtomicFile.write(file, o -> exporter.writeAll(orders, o));
      } catch (IOException e) {
        err.println("prikaz: " + file + ": " + texts().get("cannot-write", e.getMessage()));
        failed++;
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    err.println(texts().get("summary", parsed, failed, skipped > 0 ? texts().get("summary-skipped", skipped) : "",
        warnings, seconds));
    if (failed == 0) {
      return Cli.OK;
    }
    return parsed + skipped == 0 ? Cli.NOTHING_PARSED : Cli.FAILED;
  }

  /** Parses one input and writes its outputs; never throws. */
  private Outcome process(OrderParser parser, Input input, List<Exporter> exporters, Map<String, String> manifest) {
    List<Path> targets = exporters.stream().map(e -> target(input, e)).toList();
    String sha256 = null;
    try {
      if (skipUnchanged) {
        sha256 = sha256(input.file());
        if (unchanged(input, targets, sha256, manifest)) {
          Order order = combined.isEmpty() ? null : parser.parse(input.file());
          return new Outcome(input, order, false, 0, null, null, true, sha256);
        }
      }
      // --skip-unchanged refreshes what changed: it is there to keep DIR up to date.
      if (!force && !skipUnchanged) {
        for (Path target : targets) {
          if (Files.exists(target)) {
            return Outcome.failure(input, "EXISTS", texts().get("output-exists", target));
          }
        }
      }
      Order order = parser.parse(input.file());
      for (int i = 0; i < exporters.size(); i++) {
        Exporter exporter = exporters.get(i);
        Path target = targets.get(i);
        Files.createDirectories(target.getParent());
        AtomicFile.write(target, o -> exporter.write(order, o));
      }
      return new Outcome(input, combined.isEmpty() ? null : order, true, order.warnings().size(), null, null, false,
          order.source().sha256());
    } catch (DocumentException e) {
      return Outcome.failure(input, e.reason().name(), texts().reason(e));
    } catch (NoSuchFileException e) {
      return Outcome.failure(input, "IO", texts().get("no-such-file"));
    } catch (IOException e) {
      return Outcome.failure(input, "IO", texts().get("cannot-read-or-write", e.getMessage()));
    } catch (RuntimeException e) {
      return Outcome.failure(input, "INTERNAL", texts().get("internal-error", e));
    }
  }

  private boolean unchanged(Input input, List<Path> targets, String sha256, Map<String, String> manifest)
      throws IOException {
    if (!sha256.equals(manifest.get(input.relative().toString()))) {
      return false;
    }
    for (Path target : targets) {
      if (!Files.exists(target)
          || Files.getLastModifiedTime(target).compareTo(Files.getLastModifiedTime(input.file())) < 0) {
        return false;
      }
    }
    return true;
  }

  /** DIR/relative/NAME.EXT.FORMAT: the input's whole name is kept, so NAME.docx and NAME.pdf do not collide. */
  private Path target(Input input, Exporter exporter) {
    return out.resolve(input.relative().toString() + "." + exporter.extension());
  }

  private List<Input> walk(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return List.of(new Input(path, path.getFileName()));
    }
    List<PathMatcher> includes = include.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
    List<PathMatcher> excludes = exclude.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
    Path outAbsolute = out.toAbsolutePath().normalize();
    try (Stream<Path> files = Files.walk(path)) {
      return files.filter(Files::isRegularFile)
          .filter(f -> !f.toAbsolutePath().normalize().startsWith(outAbsolute))
          .filter(f -> EXTENSIONS.contains(extension(f)))
          .filter(f -> includes.isEmpty() || matches(includes, path, f))
          .filter(f -> !matches(excludes, path, f))
          .map(f -> new Input(f, path.relativize(f)))
          .toList();
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

  private Map<String, String> readManifest() throws IOException {
    Map<String, String> manifest = new LinkedHashMap<>();
    Path file = out.resolve(MANIFEST);
    if (Files.exists(file)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        int tab = line.indexOf('\t');
        if (tab > 0) {
          manifest.put(line.substring(0, tab), line.substring(tab + 1));
        }
      }
    }
    return manifest;
  }

  /** DIR/failures.csv: file, error kind, message; a header alone when nothing failed. */
  private void writeFailures(List<Outcome> outcomes) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("file", "kind", "message"));
    for (Outcome outcome : outcomes) {
      if (outcome.failureKind() != null) {
        rows.add(List.of(outcome.input().file().toString(), outcome.failureKind(), outcome.message()));
      }
    }
    com.fasterxml.jackson.dataformat.csv.CsvMapper mapper = new com.fasterxml.jackson.dataformat.csv.CsvMapper();
    AtomicFile.write(out.resolve(FAILURES), o -> {
      try (var writer = mapper.writer(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema())
          .writeValues(new java.io.OutputStreamWriter(o, StandardCharsets.UTF_8))) {
        writer.writeAll(rows);
      }
    });
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private Texts texts() {
    return parent.texts;
  }

  private CombinedExporter combinedExporter(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".xlsx")) {
      return new XlsxExporter();
    } else if (name.endsWith(".csv")) {
      return new CsvExporter(csvDialect, StandardCharsets.UTF_8);
    } else if (name.endsWith(".jsonl")) {
      return new JsonLinesExporter();
    }
    return null;
  }

  /** Failure lines as they happen; a progress bar below them when stderr is a terminal. */
  private static final class Progress implements AutoCloseable {
    private final ProgressBar bar;
    private final PrintWriter terminal;
    private final Texts texts;
    private int failed;

    Progress(PrintWriter terminal, int total, Texts texts) {
      this.terminal = terminal;
      this.texts = texts;
      this.bar = terminal == null ? null
          : ProgressBars.builder(terminal, "prikaz", texts.get("progress-files"), total, 100).showSpeed().build();
    }

    synchronized void done(Outcome outcome, PrintWriter err) {
      if (outcome.failureKind() != null) {
        failed++;
        if (bar != null) {
          err.print("\r\033[K");
        }
        err.println("prikaz: " + outcome.input().file() + ": " + outcome.message());
        err.flush();
      }
      if (bar != null) {
        bar.setExtraMessage(failed == 0 ? "" : " " + texts.get("progress-failed", failed));
        bar.step();
      }
    }

    @Override
    public synchronized void close() {
      if (bar != null) {
        ProgressBars.close(bar, terminal);
      }
    }
  }
}
