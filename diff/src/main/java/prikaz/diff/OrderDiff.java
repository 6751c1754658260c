package prikaz.diff;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import prikaz.parser.model.Deadline;
import prikaz.parser.model.Field;
import prikaz.parser.model.Party;
import prikaz.parser.model.Period;
import prikaz.parser.model.Reference;

/**
 * What changed from one order ({@code before}, the older) to another ({@code after}): the header's
 * issuer, signatory and basis, and every plan row matched, changed, added or removed.
 * {@code equivalent} is true when nothing but numbering, wording of dates for the next year and
 * the like differs.
 *
 * @param schema the result's identifier, {@link #SCHEMA}
 * @param before the older order
 * @param after the newer order
 * @param equivalent whether nothing but numbering and the plan's year differs
 * @param threshold the least similarity of two paired rows
 * @param summary the counts of rows and field changes
 * @param header the header's changes
 * @param plans every plan of either order
 */
public record OrderDiff(
    String schema,
    Document before,
    Document after,
    boolean equivalent,
    double threshold,
    Summary summary,
    HeaderChanges header,
    List<PlanChanges> plans) {

  /** The identifier written into every diff result; changes only with an incompatible model. */
  public static final String SCHEMA = "prikaz-diff/1";

  /**
   * Copies the list of plans, which cannot be changed afterwards.
   *
   * @param schema the result's identifier, {@link #SCHEMA}
   * @param before the older order
   * @param after the newer order
   * @param equivalent whether nothing but numbering and the plan's year differs
   * @param threshold the least similarity of two paired rows
   * @param summary the counts of rows and field changes
   * @param header the header's changes
   * @param plans every plan of either order
   */
  public OrderDiff {
    plans = List.copyOf(plans);
  }

  /**
   * One side of the comparison: the file and the order's identity.
   *
   * @param file the order's file
   * @param docType the act's type, or null
   * @param date the act's date, or null
   * @param number the act's number, or null
   * @param title the act's title, or null
   */
  public record Document(String file, String docType, LocalDate date, String number, String title) {}

  /**
   * How many rows of each kind, and how many changes of each field among the changed rows.
   *
   * @param unchanged rows found on both sides, the same
   * @param changed rows found on both sides, with changes
   * @param added rows only in the newer order
   * @param removed rows only in the older order
   * @param headerChanges the header's changes, {@link HeaderChanges#count()}
   * @param fields how many changed rows changed each field, by field key
   */
  public record Summary(int unchanged, int changed, int added, int removed, int headerChanges,
      Map<String, Integer> fields) {
    /**
     * Copies the map, which cannot be changed afterwards.
     *
     * @param unchanged rows found on both sides, the same
     * @param changed rows found on both sides, with changes
     * @param added rows only in the newer order
     * @param removed rows only in the older order
     * @param headerChanges the header's changes, {@link HeaderChanges#count()}
     * @param fields how many changed rows changed each field, by field key
     */
    public Summary {
      fields = Map.copyOf(fields);
    }
  }

  /**
   * The header's changes: issuer and signatory (null when equal) and the basis acts added or removed.
   *
   * @param issuer the issuer before and after, or null when the same
   * @param signatory the signatory before and after, or null when the same
   * @param basisAdded acts the newer order is based on and the older is not
   * @param basisRemoved acts the older order is based on and the newer is not
   */
  public record HeaderChanges(TextChange issuer, TextChange signatory, List<Reference> basisAdded,
      List<Reference> basisRemoved) {
    /**
     * Copies the lists, which cannot be changed afterwards.
     *
     * @param issuer the issuer before and after, or null when the same
     * @param signatory the signatory before and after, or null when the same
     * @param basisAdded acts the newer order is based on and the older is not
     * @param basisRemoved acts the older order is based on and the newer is not
     */
    public HeaderChanges {
      basisAdded = List.copyOf(basisAdded);
      basisRemoved = List.copyOf(basisRemoved);
    }

    /**
     * How many changes: issuer, signatory, each basis act added or removed.
     *
     * @return the number of changes
     */
    public int count() {
      return (issuer == null ? 0 : 1) + (signatory == null ? 0 : 1) + basisAdded.size() + basisRemoved.size();
    }
  }

  /**
   * A text before and after.
   *
   * @param before the text in the older order
   * @param after the text in the newer order
   */
  public record TextChange(String before, String after) {}

  /** What became of a plan or a row. */
  public enum Status {
    /** Found on both sides, the same. */
    unchanged,
    /** Found on both sides, with changes. */
    changed,
    /** Only in the newer order. */
    added,
    /** Only in the older order. */
    removed
  }

  /**
   * One plan of either order: matched (by title, then by its rows) or only on one side.
   * {@code shiftMonths} is how far the newer plan's year lies from the older one's (12 for the
   * next year): deadlines are compared after taking it away.
   *
   * @param status what became of the plan
   * @param before the plan in the older order, or null
   * @param after the plan in the newer order, or null
   * @param similarity how alike the two plans are, 0–1
   * @param shiftMonths how far the newer plan's year lies from the older one's
   * @param rows every row of either plan, in the newer plan's order
   */
  public record PlanChanges(Status status, PlanSide before, PlanSide after, double similarity, int shiftMonths,
      List<RowChanges> rows) {
    /**
     * Copies the rows, which cannot be changed afterwards.
     *
     * @param status what became of the plan
     * @param before the plan in the older order, or null
     * @param after the plan in the newer order, or null
     * @param similarity how alike the two plans are, 0–1
     * @param shiftMonths how far the newer plan's year lies from the older one's
     * @param rows every row of either plan, in the newer plan's order
     */
    public PlanChanges {
      rows = List.copyOf(rows);
    }
  }

  /**
   * A plan as the report names it.
   *
   * @param title the plan's title, or null
   * @param period the period it covers, or null
   * @param rows how many rows it has
   */
  public record PlanSide(String title, Period period, int rows) {}

  /**
   * One row: {@code before} and {@code after} are the row in each order (null on the side it is
   * missing from); {@code similarity} (0–1) is how alike the two activities are.
   *
   * @param status what became of the row
   * @param before the row in the older order, or null
   * @param after the row in the newer order, or null
   * @param similarity how alike the two activities are, 0–1
   * @param changes the changed fields
   */
  public record RowChanges(Status status, Row before, Row after, double similarity, List<FieldChange> changes) {
    /**
     * Copies the changes, which cannot be changed afterwards.
     *
     * @param status what became of the row
     * @param before the row in the older order, or null
     * @param after the row in the newer order, or null
     * @param similarity how alike the two activities are, 0–1
     * @param changes the changed fields
     */
    public RowChanges {
      changes = List.copyOf(changes);
    }
  }

  /**
   * A plan row flattened: its number as written, its section's title, the number of the item it
   * belongs to when it is a sub-item, and its fields.
   *
   * @param number the number as written, or null
   * @param section the section's title, or null
   * @param parent the number of the item it belongs to when it is a sub-item, else null
   * @param activity what is to be done
   * @param deadline when it is due, or null
   * @param responsible who answers for it
   * @param participants who takes part
   * @param result what comes out of it, or null
   */
  public record Row(String number, String section, String parent, String activity, Deadline deadline,
      List<Party> responsible, List<Party> participants, String result) {
    /**
     * Copies the lists, which cannot be changed afterwards.
     *
     * @param number the number as written, or null
     * @param section the section's title, or null
     * @param parent the number of the item it belongs to when it is a sub-item, else null
     * @param activity what is to be done
     * @param deadline when it is due, or null
     * @param responsible who answers for it
     * @param participants who takes part
     * @param result what comes out of it, or null
     */
    public Row {
      responsible = List.copyOf(responsible);
      participants = List.copyOf(participants);
    }

    /**
     * The row's value of {@code field}, as {@link Field#of} gives an item's (no extra columns).
     *
     * @param field a field
     * @return the row's value of it
     */
    public Object value(Field field) {
      return switch (field) {
        case NUMBER -> number;
        case ACTIVITY -> activity;
        case DEADLINE -> deadline;
        case RESPONSIBLE -> responsible;
        case PARTICIPANTS -> participants;
        case RESULT -> result;
        case EXTRA -> Map.of();
      };
    }
  }

  /**
   * A changed field: {@code activity} and {@code result} with the edit word by word; {@code
   * deadline} with {@code shiftMonths} (positive: later, negative: earlier, null when the two
   * cannot be compared as dates, 0 when the timing is the same but the span differs); {@code
   * responsible} and {@code participants} with the parties added and removed.
   *
   * @param field the field that changed
   * @param before its text in the older row, or null
   * @param after its text in the newer row, or null
   * @param words the edit word by word, for text fields; else null
   * @param shiftMonths the deadline's move in months, or null
   * @param added the parties added, for party fields; else null
   * @param removed the parties removed, for party fields; else null
   */
  public record FieldChange(Field field, String before, String after, List<WordEdit> words, Integer shiftMonths,
      List<String> added, List<String> removed) {
    /**
     * Copies the lists, which cannot be changed afterwards.
     *
     * @param field the field that changed
     * @param before its text in the older row, or null
     * @param after its text in the newer row, or null
     * @param words the edit word by word, for text fields; else null
     * @param shiftMonths the deadline's move in months, or null
     * @param added the parties added, for party fields; else null
     * @param removed the parties removed, for party fields; else null
     */
    public FieldChange {
      words = words == null ? null : List.copyOf(words);
      added = added == null ? null : List.copyOf(added);
      removed = removed == null ? null : List.copyOf(removed);
    }
  }

  /**
   * A run of words kept ({@code equal}), taken out ({@code delete}) or put in ({@code insert}).
   *
   * @param op the kind of edit
   * @param text the words of the run
   */
  public record WordEdit(Op op, String text) {
    /** The kind of edit. */
    public enum Op {
      /** Words in both texts. */
      equal,
      /** Words only in the older text. */
      delete,
      /** Words only in the newer text. */
      insert
    }
  }
}
