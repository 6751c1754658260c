package prikaz.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Model.CommandSpec;
import prikaz.app.BatchInputs.Input;
import prikaz.app.export.CombinedExporter;
import prikaz.app.export.CsvExporter;
import prikaz.app.export.Exporter;
import prikaz.app.export.JsonExporter;
import prikaz.app.export.JsonLinesExporter;
import prikaz.app.export.XlsxExporter;
import prikaz.parser.DocumentException;
import prikaz.parser.model.Order;

/**
 * {@code prikaz batch PATH... --out DIR}: every supported file under the paths parsed, in parallel,
 * each written to DIR (the folder tree mirrored) in the chosen formats, with optional combined
 * files of all items. A file that fails is a line on stderr and a row of DIR/failures.csv; the
 * others go on. DIR/summary.json tells a program what happened.
 */
public final class BatchCommand implements Callable<Integer> {
  static final String MANIFEST = BatchEnding.MANIFEST;

  private CommandSpec spec;

  private final PrikazCommand parent;

  List<Path> paths;

  Path out;

  List<ParseCommand.Format> formats;

  List<Path> combined = new ArrayList<>();

  List<String> include = new ArrayList<>();

  List<String> exclude = new ArrayList<>();

  int jobs = Runtime.getRuntime().availableProcessors();

  CsvExporter.Dialect csvDialect;

  boolean force;

  boolean prune;

  boolean skipUnchanged;

  boolean strict;

  final OcrOptions ocrOptions = new OcrOptions();

  final IsolationOptions isolation = new IsolationOptions();

  BatchCommand(PrikazCommand parent) {
    this.parent = parent;
  }

  /** The command's options; description, footer and option texts: Messages*.properties. */
  CommandSpec spec() {
    spec = CommandSpecs.command("batch", this);
    spec.addPositional(CommandSpecs.positional(List.class, () -> paths, (List<Path> v) -> paths = v)
        .auxiliaryTypes(Path.class).arity("1..*").required(true).paramLabel("PATH").descriptionKey("batch.paths").build());
    spec.addOption(CommandSpecs.option(Path.class, () -> out, v -> out = v, "--out")
        .required(true).paramLabel("DIR").descriptionKey("batch.out").build());
    spec.addOption(CommandSpecs.option(List.class, () -> formats, (List<ParseCommand.Format> v) -> formats = v, "-f", "--format")
        .auxiliaryTypes(ParseCommand.Format.class).splitRegex(",").paramLabel("FORMAT").defaultValue("json")
        .descriptionKey("batch.format").build());
    spec.addOption(CommandSpecs.option(List.class, () -> combined, (List<Path> v) -> combined = v, "--combined")
        .auxiliaryTypes(Path.class).paramLabel("FILE").descriptionKey("batch.combined").build());
    spec.addOption(CommandSpecs.option(List.class, () -> include, (List<String> v) -> include = v, "--include")
        .auxiliaryTypes(String.class).paramLabel("GLOB").descriptionKey("batch.include").build());
    spec.addOption(CommandSpecs.option(List.class, () -> exclude, (List<String> v) -> exclude = v, "--exclude")
        .auxiliaryTypes(String.class).paramLabel("GLOB").descriptionKey("batch.exclude").build());
    spec.addOption(CommandSpecs.option(int.class, () -> jobs, v -> jobs = v, "-j", "--jobs")
        .paramLabel("N").descriptionKey("batch.jobs").build());
    spec.addOption(CommandSpecs.option(CsvExporter.Dialect.class, () -> csvDialect, v -> csvDialect = v, "--csv-dialect")
        .paramLabel("DIALECT").defaultValue("excel").descriptionKey("batch.csv-dialect")
        .converters(new ParseCommand.DialectConverter()).build());
    spec.addOption(CommandSpecs.option(boolean.class, () -> force, v -> force = v, "--force").descriptionKey("batch.force").build());
    spec.addOption(CommandSpecs.option(boolean.class, () -> prune, v -> prune = v, "--prune").descriptionKey("batch.prune").build());
    spec.addOption(CommandSpecs.option(boolean.class, () -> skipUnchanged, v -> skipUnchanged = v, "--skip-unchanged")
        .descriptionKey("batch.skip-unchanged").build());
    spec.addOption(CommandSpecs.option(boolean.class, () -> strict, v -> strict = v, "--strict").descriptionKey("batch.strict").build());
    ocrOptions.declare(spec);
    isolation.declare(spec);
    return spec;
  }

  @Override
  public Integer call() throws Exception {
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
    isolation.check(ocrOptions, texts());
    for (Path path : paths) {
      if (!Files.exists(path)) {
        err.println("prikaz: " + path + ": " + texts().get("no-such-path"));
        return Cli.USAGE;
      }
    }
    String outProblem = OutputFolder.problem(out, paths, texts());
    if (outProblem != null) {
      err.println("prikaz: " + outProblem);
      return Cli.USAGE;
    }
    BatchInputs found = new BatchInputs(include, exclude, out);
    for (Path path : paths) {
      found.add(path);
    }
    List<Input> inputs = new ArrayList<>(found.inputs());
    inputs.sort((a, b) -> a.file().toString().compareTo(b.file().toString()));
    List<BatchOutcome> refused = found.refused.stream()
        .map(r -> BatchOutcome.failure(new Input(r.path(), r.path().getFileName()), r.kind(),
            texts().get(r.messageKey(), r.detail()), 0))
        .toList();
    refused.forEach(r -> err.println("prikaz: " + r.input().file() + ": " + r.message()));
    if (inputs.isEmpty() && refused.isEmpty()) {
      err.println("prikaz: " + texts().get("no-files"));
      return Cli.NOTHING_PARSED;
    }
    List<String> inputFiles = inputs.stream().map(i -> i.file().toString()).toList();
    for (Path file : combined) {
      String input = InputGuard.overwritten(file, inputFiles);
      if (input != null) {
        err.println("prikaz: " + file + ": " + texts().get("overwrites-input", input));
        return Cli.USAGE;
      }
    }
    String notCreated = OutputFolder.created(out, texts());
    if (notCreated != null) {
      err.println("prikaz: " + notCreated);
      return Cli.USAGE;
    }
    AtomicFile.removeStale(out);
    Map<String, String> manifest = skipUnchanged ? BatchEnding.readManifest(out) : Map.of();
    BatchEnding ending = new BatchEnding(out, found, manifest, options());
    refused.forEach(ending::finished);
    List<Exporter> exporters = formats.stream().distinct()
        .map(f -> ParseCommand.exporter(f, true, csvDialect, StandardCharsets.UTF_8)).toList();
    // Combined JSON Lines are written as the orders come, in input order; tables need them all.
    List<Path> tables = combined.stream().filter(f -> !(combinedExporter(f) instanceof JsonLinesExporter)).toList();
    boolean keepOrders = !tables.isEmpty();
    List<AtomicFile.Pending> lines = new ArrayList<>();
    List<BatchOutcome> outcomes = new ArrayList<>();
    int slots = Math.max(1, Math.min(jobs, inputs.size()));
    ExecutorService pool = Executors.newFixedThreadPool(slots);
    Parsing parser = isolation.open(ocrOptions, slots);
    try (BatchProgress progress = new BatchProgress(parent.stderrIsTerminal ? err : null, inputs.size(), texts())) {
      for (Path file : combined) {
        if (!tables.contains(file)) {
          lines.add(AtomicFile.open(file));
        }
      }
      JsonExporter compact = new JsonExporter(false);
      InInputOrder<BatchOutcome> inOrder = new InInputOrder<>(outcome -> {
        for (AtomicFile.Pending jsonl : lines) {
          if (outcome.order() != null) {
            compact.write(shown(outcome.order()), jsonl.out());
            jsonl.out().flush();
          }
        }
      });
      List<Future<BatchOutcome>> futures = new ArrayList<>();
      for (int i = 0; i < inputs.size(); i++) {
        Input input = inputs.get(i);
        int index = i;
        futures.add(pool.submit(() -> {
          BatchOutcome outcome = process(parser, input, exporters, manifest, !combined.isEmpty());
          progress.done(outcome, err);
          inOrder.done(index, outcome);
          ending.finished(withoutOrder(outcome));
          return keepOrders ? outcome : withoutOrder(outcome);
        }));
      }
      for (Future<BatchOutcome> future : futures) {
        outcomes.add(future.get());
      }
      for (AtomicFile.Pending jsonl : lines) {
        jsonl.commit();
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
      parser.close();
      for (AtomicFile.Pending jsonl : lines) {
        jsonl.close();
      }
    }
    outcomes.addAll(refused);

    BatchReport report = ending.end(outcomes);
    if (report == null) {
      return Cli.FAILED;  // stopped at the very end: the reports were written on the way out
    }
    List<Order> orders = outcomes.stream().map(BatchOutcome::order).filter(java.util.Objects::nonNull).toList();
    for (Path file : tables) {
      CombinedExporter exporter = combinedExporter(file);
      try {
        AtomicFile.write(file, o -> exporter.writeAll(orders, o));
      } catch (IOException e) {
        err.println("prikaz: " + file + ": " + texts().get("cannot-write", e.getMessage()));
        report.unwritten++;
      }
    }
    report.stale = StaleOutputs.find(out, paths, outcomes);
    report.pruned = prune;
    if (prune) {
      for (Path stale : report.stale) {
        Files.deleteIfExists(out.resolve(stale));
      }
    }
    ending.writeSummary(report);
    if (strict) {
      for (BatchOutcome outcome : outcomes) {
        if (outcome.parsed() && outcome.message() != null) {
          err.println("prikaz: " + outcome.input().file() + ": " + outcome.message());
        }
      }
    }
    if (report.staleLine(texts()) != null) {
      err.println("prikaz: " + report.staleLine(texts()));
    }
    err.println(report.line(texts(), ending.seconds()));
    int exit = report.exitCode();
    return exit == Cli.OK && strict && report.doubtful > 0 ? Cli.DOUBTFUL : exit;
  }

  /** The order as the JSON outputs show it: warnings in Russian in a Russian run, codes unchanged. */
  private Order shown(Order order) {
    return texts().language().equals("ru") ? prikaz.app.export.RussianWarnings.translated(order) : order;
  }

  private static BatchOutcome withoutOrder(BatchOutcome o) {
    return new BatchOutcome(o.input(), null, o.parsed(), o.warnings(), o.failureKind(), o.message(), o.skipped(),
        o.sha256(), o.seconds());
  }

  /** The options of the run, for summary.json. */
  private Map<String, Object> options() {
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("paths", paths.stream().map(Path::toString).toList());
    options.put("out", out.toString());
    options.put("formats", formats.stream().distinct().map(Enum::name).toList());
    options.put("combined", combined.stream().map(Path::toString).toList());
    options.put("include", include);
    options.put("exclude", exclude);
    options.put("jobs", jobs);
    options.put("force", force);
    options.put("prune", prune);
    options.put("skipUnchanged", skipUnchanged);
    options.put("strict", strict);
    options.put("csvDialect", csvDialect.name().toLowerCase(Locale.ROOT));
    options.put("ocr", ocrOptions.mode.name().toLowerCase(Locale.ROOT));
    options.put("ocrLang", ocrOptions.language);
    options.put("timeout", isolation.timeoutSeconds);
    options.put("workerHeap", isolation.inProcess ? null : isolation.workerHeap);
    return options;
  }

  /** Parses one input and writes its outputs; never throws. */
  private BatchOutcome process(Parsing parser, Input input, List<Exporter> exporters, Map<String, String> manifest,
      boolean needOrder) {
    long started = System.nanoTime();
    List<Path> targets = exporters.stream().map(e -> target(input, e)).toList();
    String sha256 = null;
    try {
      if (skipUnchanged) {
        sha256 = sha256(input.file());
        if (unchanged(input, targets, sha256, manifest)) {
          Order order = needOrder ? parse(parser, input) : null;
          return new BatchOutcome(input, order, false, 0, null, null, "unchanged", sha256, since(started));
        }
      }
      // Without --force an output already there is kept: a second run over finished outputs is
      // done, not failed; --skip-unchanged refreshes what changed, as it is there to keep DIR up to date.
      List<Integer> toWrite = new ArrayList<>();
      for (int i = 0; i < targets.size(); i++) {
        if (force || skipUnchanged || !Files.exists(targets.get(i))) {
          toWrite.add(i);
        }
      }
      if (toWrite.isEmpty()) {
        Order order = needOrder ? parse(parser, input) : null;
        return new BatchOutcome(input, order, false, 0, null, null, "exists", null, since(started));
      }
      Order order = parse(parser, input);
      for (int i : toWrite) {
        Exporter exporter = exporters.get(i);
        Path target = targets.get(i);
        Files.createDirectories(target.getParent());
        Order written = exporter instanceof JsonExporter || exporter instanceof JsonLinesExporter ? shown(order) : order;
        AtomicFile.write(target, o -> exporter.write(written, o));
      }
      java.util.Map<String, Integer> doubts = Doubts.of(order);
      return new BatchOutcome(input, needOrder ? order : null, true, order.warnings().size(), null,
          doubts.isEmpty() ? null : texts().get("doubtful", Doubts.describe(doubts)), null, order.source().sha256(),
          since(started));
    } catch (DocumentException e) {
      return BatchOutcome.failure(input, e.reason().name(), texts().reason(e), since(started));
    } catch (NoSuchFileException e) {
      return BatchOutcome.failure(input, "IO", texts().get("no-such-file"), since(started));
    } catch (IOException e) {
      return BatchOutcome.failure(input, "IO", texts().get("cannot-read-or-write", e.getMessage()), since(started));
    } catch (RuntimeException | Error e) {
      // Out of memory or stack on one file (a poison document), or a bug: that file fails, the batch goes on.
      return BatchOutcome.failure(input, Breakdowns.kind(e), Breakdowns.message(e, texts()), since(started));
    }
  }

  /** The order, its source known by its path under the folder read («kuzbass/575.txt»). */
  private static Order parse(Parsing parser, Input input) throws IOException, DocumentException {
    Order order = parser.parse(input.file());
    return Doubts.warned(new Order(order.schema(), order.source().withPath(input.path()), order.header(), order.plans(),
        order.warnings()));
  }

  private static double since(long started) {
    return (System.nanoTime() - started) / 1e9;
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
    return OutputNames.of(out, input.relative(), exporter.extension());
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
}
