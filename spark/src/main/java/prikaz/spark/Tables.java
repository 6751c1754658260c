package prikaz.spark;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The columns of the two tables the job writes. {@code orders}: one row per input file, parsed or
 * failed; {@code items}: one row per plan item or sub-item. Both are partitioned by {@link #YEAR},
 * the year of the order's date (none for a failure or an order without a date).
 */
final class Tables {
  private Tables() {}

  /** The partition column: the year of the order's date. */
  static final String YEAR = "year";
  /** The column of a parsed file's items, split off into the items table. */
  static final String ITEMS = "items";

  /** A party named in a responsible or participants cell, typed as the JSON types it. */
  static final StructType PARTY = new StructType(new StructField[] {
      field("name", DataTypes.StringType, false),
      field("type", DataTypes.StringType, false)});

  /** One plan item: which plan, its section, number, activity, deadline, parties and result. */
  static final StructType ITEM = new StructType(new StructField[] {
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

  /** The columns of the orders table, in order. */
  static final StructField[] ORDER_FIELDS = {
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
      field(YEAR, DataTypes.IntegerType, true)};

  /** What a partition's parse gives per file: the orders columns and the file's items. */
  static final StructType PARSED = new StructType(ORDER_FIELDS)
      .add(field(ITEMS, new ArrayType(ITEM, false), false));

  private static StructField field(String name, org.apache.spark.sql.types.DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }
}
