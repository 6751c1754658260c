package prikaz.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What a batch leaves in DIR when it ends — failures.csv, summary.json and the manifest of the
 * inputs written — and also when it is stopped (Ctrl-C, SIGTERM): then for the files finished so
 * far, the summary saying {@code "interrupted": true}, before the half-written temporaries go.
 */
final class BatchEnding {
  /** The content hash of each input written, for {@code --skip-unchanged}. */
  static final String MANIFEST = ".prikaz-batch.tsv";

  private final Path out;
  private final BatchInputs inputs;
  private final Map<String, String> manifest;
  private final Map<String, Object> options;
  private final String startedAt = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
      .toString();
  private final long started = System.nanoTime();
  private final List<BatchOutcome> finished = Collections.synchronizedList(new ArrayList<>());
  private final AtomicBoolean ended = new AtomicBoolean();
  private final Runnable onStop = this::stopped;

  BatchEnding(Path out, BatchInputs inputs, Map<String, String> manifest, Map<String, Object> options) {
    this.out = out;
    this.inputs = inputs;
    this.manifest = manifest;
    this.options = options;
    AtomicFile.beforeExit(onStop);
  }

  /** The manifest of the last batch into {@code out}: input path → SHA-256; empty when there is none. */
  static Map<String, String> readManifest(Path out) throws IOException {
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

  /** One input done; its outcome is reported should the batch be stopped. */
  void finished(BatchOutcome outcome) {
    finished.add(outcome);
  }

  /**
   * The batch ran to its end: failures.csv and the manifest are written, and the report returned
   * for the combined outputs and summary.json; null when a stop already wrote them.
   */
  BatchReport end(List<BatchOutcome> outcomes) throws IOException {
    if (!ended.compareAndSet(false, true)) {
      return null;
    }
    AtomicFile.noLongerBeforeExit(onStop);
    BatchReport report = new BatchReport(outcomes, inputs);
    report.writeFailures(out);
    writeManifest(outcomes);
    return report;
  }

  void writeSummary(BatchReport report) throws IOException {
    report.writeSummary(out, options, startedAt, seconds());
  }

  double seconds() {
    return (System.nanoTime() - started) / 1e9;
  }

  /** On the way out of a stopped run: the reports for what finished. */
  private void stopped() {
    if (!ended.compareAndSet(false, true)) {
      return;
    }
    List<BatchOutcome> done;
    synchronized (finished) {
      done = new ArrayList<>(finished);
    }
    done.sort((a, b) -> a.input().file().toString().compareTo(b.input().file().toString()));
    try {
      BatchReport report = new BatchReport(done, inputs);
      report.interrupted = true;
      report.writeFailures(out);
      writeManifest(done);
      report.writeSummary(out, options, startedAt, seconds());
    } catch (IOException | RuntimeException e) {
      // Nothing more can be done on the way out.
    }
  }

  private void writeManifest(List<BatchOutcome> outcomes) throws IOException {
    Map<String, String> written = new TreeMap<>(manifest);
    for (BatchOutcome outcome : outcomes) {
      if (outcome.sha256() != null && outcome.failureKind() == null) {
        written.put(outcome.input().relative().toString(), outcome.sha256());
      }
    }
    if (!written.isEmpty()) {
      AtomicFile.write(out.resolve(MANIFEST), o -> {
        StringBuilder text = new StringBuilder();
        written.forEach((file, hash) -> text.append(file).append('\t').append(hash).append('\n'));
        o.write(text.toString().getBytes(StandardCharsets.UTF_8));
      });
    }
  }
}
