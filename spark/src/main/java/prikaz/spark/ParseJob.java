package prikaz.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sha2;

import java.io.IOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.StatCounter;

/**
 * The Spark job: every file under {@code --input} parsed by the same {@link
 * prikaz.parser.OrderParser} as the command line, into the tables {@code orders} and {@code items}
 * under {@code --output}, partitioned by the order's year. A file that cannot be parsed is an
 * orders row with its error, never a failed job.
 *
 * <pre>{@code
 * spark-submit --class prikaz.spark.ParseJob prikaz-spark.jar --input 's3a://archive/2023/*' --output s3a://prikaz/
 * }</pre>
 */
public final class ParseJob {
  /** The orders table, under the output folder. */
  public static final String ORDERS = "orders";
  /** The items table, under the output folder. */
  public static final String ITEMS = "items";
  /** Files one task parses, about: see {@link #tasks}. */
  static final int FILES_PER_TASK = 100;

  private ParseJob() {}

  /** What a run did: files parsed and failed, and files skipped as already in the output. */
  public record Summary(long parsed, long failed, long skipped) {}

  public static void main(String[] args) {
    JobOptions options;
    try {
      options = JobOptions.parse(args);
    } catch (JobOptions.UsageException e) {
      System.err.println("prikaz-spark: " + e.getMessage());
      System.err.println(JobOptions.USAGE);
      System.exit(2);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("prikaz").getOrCreate();
    int status = 0;
    try {
      long started = System.nanoTime();
      Summary summary = run(spark, options);
      System.err.printf(java.util.Locale.ROOT, "prikaz-spark: %d parsed, %d failed, %d skipped as already in %s"
          + " (%.1f s)%n", summary.parsed(), summary.failed(), summary.skipped(), options.output(),
          (System.nanoTime() - started) / 1e9);
    } catch (JobException e) {
      System.err.println("prikaz-spark: " + e.getMessage());
      status = 1;
    } finally {
      spark.stop();
    }
    System.exit(status);
  }

  /** Runs the job in a session the caller owns (and stops). */
  public static Summary run(SparkSession spark, JobOptions options) throws JobException {
    // Dates travel as java.time.LocalDate, as in the model.
    spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
    Path orders = new Path(options.output(), ORDERS);
    boolean exists = exists(spark, orders);
    if (exists && !options.skipExisting()) {
      throw new JobException(options.output() + ": the output already has an orders table;"
          + " add --skip-existing to parse only the files not yet in it, or choose another --output");
    }
    Dataset<Row> files;
    long found;
    try {
      files = spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(options.input())
          .select(col("path"), sha2(col("content"), 256).as("sha256"), col("content"));
      // The files the source listed when it was loaded: counted on the driver, no job run.
      found = files.inputFiles().length;
    } catch (Exception e) {
      if (e instanceof AnalysisException) {
        throw new JobException(options.input() + ": " + e.getMessage(), e);
      }
      throw e;
    }
    if (exists) {
      // Taken once, before this run appends to the table: a plan that read the table itself would
      // be recomputed after the append (Spark refreshes what reads a path it writes) and then skip
      // the files this run has just parsed.
      Dataset<Row> done = spark.read().format(options.format().source()).load(orders.toString())
          .select("sha256").distinct().localCheckpoint(true);
      files = files.join(done, files.col("sha256").equalTo(done.col("sha256")), "left_anti");
    }
    int cores = spark.sparkContext().defaultParallelism();
    // Parsed once and kept as the rows' objects (no columnar cache, no serialization while they
    // fit in memory) for the two writes and the counts.
    JavaRDD<ParsedRow.Parsed> parsed = files.coalesce(tasks(found, cores)).javaRDD()
        .mapPartitions(new PartitionParser(options.ocr(), options.timeout()))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      SaveMode mode = exists ? SaveMode.Append : SaveMode.ErrorIfExists;
      // Items first: a file is done once its orders row is written, so a run that dies between
      // the two writes parses its files again rather than leave them without items.
      spark.createDataFrame(parsed.flatMap(file -> file.items().iterator()), Tables.ITEM_ROWS)
          .write().mode(mode).partitionBy(Tables.YEAR).format(options.format().source())
          .save(new Path(options.output(), ITEMS).toString());
      spark.createDataFrame(parsed.map(ParsedRow.Parsed::order), Tables.ORDERS)
          .write().mode(mode).partitionBy(Tables.YEAR).format(options.format().source())
          .save(orders.toString());
      // Files and failures in one pass over the kept rows, without a shuffle.
      StatCounter failures = parsed.mapToDouble(file -> file.failed() ? 1 : 0).stats();
      long done = failures.count();
      long failed = Math.round(failures.sum());
      return new Summary(done - failed, failed, found - done);
    } finally {
      parsed.unpersist(false);
    }
  }

  /**
   * How many tasks parse the files: about {@value #FILES_PER_TASK} files each (a task's fixed
   * cost — its parser, its output files, one per year and table — spread over many files) but
   * at least two per core (a core that is done early takes the next), rounded up to a multiple of
   * the cores so that the last round of tasks keeps every core busy. Fewer when the source has
   * fewer partitions (the files are grouped, never shuffled).
   */
  static int tasks(long files, int cores) {
    long wanted = Math.max(2L * cores, (files + FILES_PER_TASK - 1) / FILES_PER_TASK);
    return (int) Math.min(Integer.MAX_VALUE, (wanted + cores - 1) / cores * cores);
  }

  private static boolean exists(SparkSession spark, Path table) throws JobException {
    try {
      FileSystem fs = table.getFileSystem(spark.sparkContext().hadoopConfiguration());
      return fs.exists(table);
    } catch (IOException e) {
      throw new JobException(table + ": " + e.getMessage(), e);
    }
  }

  /** A run that cannot start: a missing input, an output in the way, an unreachable file system. */
  public static final class JobException extends Exception {
    private static final long serialVersionUID = 1L;

    JobException(String message) {
      super(message);
    }

    JobException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
