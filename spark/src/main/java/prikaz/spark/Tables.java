package prikaz.spark;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The columns of the two tables the job writes, {@code orders} and {@code items}. Both are
 * partitioned by {@link #YEAR}, the year of the order's date (none for a failure or an order
 * without a date).
 */
final class Tables {
  private Tables() {}

  /** The partition column: the year of the order's date. */
  static final String YEAR = "year";

  /** A party named in a responsible or participants cell, typed as the JSON types it. */
  static final StructType PARTY = new StructType(new StructField[] {
      field("name", DataTypes.StringType, false),
      field("type", DataTypes.StringType, false)});

  /**
   * The columns of the items table, one row per plan item or sub-item: the file, the year, which
   * plan, its section, number, activity, deadline, parties and result.
   */
  static final StructType ITEM_ROWS = new StructType(new StructField[] {
      field("path", DataTypes.StringType, false),
      field("sha256", DataTypes.StringType, false),
      field(YEAR, DataTypes.IntegerType, true),
      field("plan", DataTypes.IntegerType, false),
      field("planTitle", DataTypes.StringType, true),
      field("sectionNumber", DataTypes.StringType, true),
      field("section", DataTypes.StringType, true),
      field("number", DataTypes.StringType, true),
      field("subitem", DataTypes.IntegerType, true),
      field("activity", DataTypes.StringType, false),
      field("deadlineText", DataTypes.StringType, true),
      field("deadlineKind", DataTypes.StringType, true),
      field("deadlineStart", DataTypes.DateType, true),
      field("deadlineEnd", DataTypes.DateType, true),
      field("responsible", new ArrayType(PARTY, false), false),
      field("participants", new ArrayType(PARTY, false), false),
      field("result", DataTypes.StringType, true)});

  /** The columns of the orders table, one row per input file, parsed or failed. */
  static final StructType ORDERS = new StructType(new StructField[] {
      field("path", DataTypes.StringType, false),
      field("sha256", DataTypes.StringType, false),
      field("format", DataTypes.StringType, true),
      field("ocr", DataTypes.BooleanType, true),
      field("docType", DataTypes.StringType, true),
      field("date", DataTypes.DateType, true),
      field("number", DataTypes.StringType, true),
      field("issuer", DataTypes.StringType, true),
      field("title", DataTypes.StringType, true),
      field("plans", DataTypes.IntegerType, true),
      field("itemCount", DataTypes.IntegerType, true),
      field("warningCount", DataTypes.IntegerType, true),
      field("json", DataTypes.StringType, true),
      field("errorKind", DataTypes.StringType, true),
      field("error", DataTypes.StringType, true),
      field(YEAR, DataTypes.IntegerType, true)});

  /** Where {@code errorKind} is in an orders row: set for a failure, null for an order. */
  static final int ERROR_KIND = ORDERS.fieldIndex("errorKind");

  private static StructField field(String name, org.apache.spark.sql.types.DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }
}
