package prikaz.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.sha2;

import java.io.IOException;
import java.util.Arrays;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

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
    try {
      files = spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(options.input())
          .select(col("path"), sha2(col("content"), 256).as("sha256"), col("content"));
    } catch (Exception e) {
      if (e instanceof AnalysisException) {
        throw new JobException(options.input() + ": " + e.getMessage(), e);
      }
      throw e;
    }
    // Listing only: the content is not read for a count of paths.
    long found = files.select("path").count();
    if (exists) {
      // Taken once, before this run appends to the table: a plan that read the table itself would
      // be recomputed after the append (Spark refreshes what reads a path it writes) and then skip
      // the files this run has just parsed.
      Dataset<Row> done = spark.read().format(options.format().source()).load(orders.toString())
          .select("sha256").distinct().localCheckpoint(true);
      files = files.join(done, files.col("sha256").equalTo(done.col("sha256")), "left_anti");
    }
    Dataset<Row> parsed = files.mapPartitions(new PartitionParser(options.ocr(), options.timeout()),
        Encoders.row(Tables.PARSED)).persist(StorageLevel.MEMORY_AND_DISK_SER());
    try {
      SaveMode mode = exists ? SaveMode.Append : SaveMode.ErrorIfExists;
      String[] orderColumns = Arrays.stream(Tables.ORDER_FIELDS).map(f -> f.name()).toArray(String[]::new);
      // Items first: a file is done once its orders row is written, so a run that dies between
      // the two writes parses its files again rather than leave them without items.
      parsed.select(col("path"), col("sha256"), col(Tables.YEAR), explode(col(Tables.ITEMS)).as("item"))
          .select("path", "sha256", Tables.YEAR, "item.*")
          .write().mode(mode).partitionBy(Tables.YEAR).format(options.format().source())
          .save(new Path(options.output(), ITEMS).toString());
      parsed.selectExpr(orderColumns).write().mode(mode).partitionBy(Tables.YEAR)
          .format(options.format().source()).save(orders.toString());
      long failed = parsed.filter(col("errorKind").isNotNull()).count();
      long done = parsed.count();
      return new Summary(done - failed, failed, found - done);
    } finally {
      parsed.unpersist();
    }
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
