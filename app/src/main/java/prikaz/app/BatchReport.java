package prikaz.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import prikaz.app.export.SpreadsheetText;

/**
 * What a batch tells when it is done: the counts (parsed, failed, skipped by reason, warnings),
 * DIR/failures.csv for people, DIR/summary.json for programs, the last line on stderr and the exit
 * code.
 */
final class BatchReport {
  static final String FAILURES = "failures.csv";
  static final String SUMMARY = "summary.json";
  static final String NOT_AN_ORDER = "NOT_AN_ORDER";

  private final List<BatchOutcome> outcomes;
  private final BatchInputs inputs;
  int parsed;
  int failed;
  int warnings;
  /** Parsed orders whose result is doubtful ({@link Doubts}). */
  int doubtful;
  int exists;
  int unchanged;
  /** Combined outputs that could not be written. */
  int unwritten;
  /** Whether the batch was stopped (Ctrl-C, SIGTERM) and this reports the files finished before. */
  boolean interrupted;
  /** Outputs whose input failed or is gone ({@link StaleOutputs}), by path under DIR. */
  List<Path> stale = List.of();
  /** Whether those were deleted ({@code --prune}) rather than left. */
  boolean pruned;

  BatchReport(List<BatchOutcome> outcomes, BatchInputs inputs) {
    this.outcomes = outcomes;
    this.inputs = inputs;
    for (BatchOutcome outcome : outcomes) {
      if ("exists".equals(outcome.skipped())) {
        exists++;
      } else if ("unchanged".equals(outcome.skipped())) {
        unchanged++;
      } else if (outcome.parsed()) {
        parsed++;
        warnings += outcome.warnings();
        doubtful += outcome.message() != null ? 1 : 0;
      } else {
        failed++;
      }
    }
  }

  int skipped() {
    return exists + unchanged + inputs.excluded + inputs.unknownType;
  }

  /**
   * 0 when nothing failed; {@link Cli#ONLY_NOT_ORDERS} when every failure was a document that is not
   * an order (a cover letter among orders); 3 when nothing could be parsed or was already done; 1
   * otherwise.
   */
  int exitCode() {
    if (failed == 0 && unwritten == 0) {
      return Cli.OK;
    }
    if (unwritten == 0 && outcomes.stream().filter(o -> o.failureKind() != null)
        .allMatch(o -> NOT_AN_ORDER.equals(o.failureKind()))) {
      return Cli.ONLY_NOT_ORDERS;
    }
    return parsed + exists + unchanged == 0 ? Cli.NOTHING_PARSED : Cli.FAILED;
  }

  /** «parsed 6, failed 1, skipped 5 (exists 3, unknown type 2), warnings 12, 3.1 s». */
  String line(Texts texts, double seconds) {
    List<String> reasons = new ArrayList<>();
    addReason(reasons, texts, "skip-exists", exists);
    addReason(reasons, texts, "skip-unchanged", unchanged);
    addReason(reasons, texts, "skip-excluded", inputs.excluded);
    addReason(reasons, texts, "skip-unknown-type", inputs.unknownType);
    String skippedText = skipped() == 0 ? "" : texts.get("summary-skipped", skipped(), String.join(", ", reasons));
    return texts.get("summary", parsed, failed + unwritten, skippedText, warnings, seconds);
  }

  /** «left 2 stale outputs …» or «removed 2 stale outputs», or null when there were none. */
  String staleLine(Texts texts) {
    return stale.isEmpty() ? null : texts.get(pruned ? "stale-pruned" : "stale-left", stale.size());
  }

  private static void addReason(List<String> reasons, Texts texts, String key, int count) {
    if (count > 0) {
      reasons.add(texts.get(key, count));
    }
  }

  /** DIR/failures.csv: file, error kind, message; a header alone when nothing failed. */
  void writeFailures(Path out) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("file", "kind", "message"));
    for (BatchOutcome outcome : outcomes) {
      if (outcome.failureKind() != null) {
        // A path or message a spreadsheet would take for a formula («=HYPERLINK(…).docx») is defused.
        rows.add(List.of(SpreadsheetText.defused(outcome.input().file().toString()), outcome.failureKind(),
            SpreadsheetText.defused(outcome.message())));
      }
    }
    CsvMapper mapper = new CsvMapper();
    AtomicFile.write(out.resolve(FAILURES), o -> {
      try (var writer = mapper.writer(CsvSchema.emptySchema()).writeValues(new OutputStreamWriter(o, StandardCharsets.UTF_8))) {
        writer.writeAll(rows);
      }
    });
  }

  /** DIR/summary.json: the options, the counts and each input's outcome, for programs. */
  void writeSummary(Path out, Map<String, Object> options, String started, double seconds) throws IOException {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("schema", "prikaz-batch-summary/1");
    summary.put("started", started);
    summary.put("seconds", Math.round(seconds * 1000) / 1000.0);
    summary.put("options", options);
    Map<String, Object> skipped = new LinkedHashMap<>();
    skipped.put("exists", exists);
    skipped.put("unchanged", unchanged);
    skipped.put("excluded", inputs.excluded);
    skipped.put("unknownType", inputs.unknownType);
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("inputs", outcomes.size());
    counts.put("parsed", parsed);
    counts.put("failed", failed);
    counts.put("skipped", skipped);
    counts.put("warnings", warnings);
    counts.put("doubtful", doubtful);
    counts.put("notOrders", outcomes.stream().filter(o -> NOT_AN_ORDER.equals(o.failureKind())).count());
    summary.put("counts", counts);
    summary.put("exitCode", exitCode());
    summary.put("interrupted", interrupted);
    summary.put(pruned ? "pruned" : "stale", stale.stream().map(p -> p.toString().replace('\\', '/')).toList());
    List<Map<String, Object>> files = new ArrayList<>();
    for (BatchOutcome outcome : outcomes) {
      Map<String, Object> file = new LinkedHashMap<>();
      file.put("path", outcome.input().path());
      file.put("file", outcome.input().file().toString());
      file.put("outcome", outcome.outcome());
      file.put("reason", outcome.skipped() != null ? outcome.skipped() : outcome.failureKind());
      file.put("message", outcome.message());
      file.put("warnings", outcome.warnings());
      file.put("seconds", Math.round(outcome.seconds() * 1000) / 1000.0);
      files.add(file);
    }
    summary.put("files", files);
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    AtomicFile.write(out.resolve(SUMMARY), o -> {
      o.write(json.writeValueAsBytes(summary));
      o.write('\n');
    });
  }
}
