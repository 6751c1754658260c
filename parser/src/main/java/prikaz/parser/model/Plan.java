package prikaz.parser.model;

import java.util.List;

/**
 * One plan table of the order. {@code appendix} is the appendix label («приложение 2»), from the
 * block above the plan or from the point that mentions it; {@code appendixOf} is that block read
 * in full (the appendix number and the act it belongs to), null when the document has none.
 * {@code columns} are the header cells as written; {@code notes} keeps the text found between the
 * previous part of the document and this plan that fits no other field.
 *
 * @param title the plan's title, or null
 * @param appendix the appendix label («приложение 2»), or null
 * @param appendixOf the appendix block read in full, or null
 * @param period the period it covers, or null
 * @param columns the table's column headers as written
 * @param notes the notes under the table
 * @param items the rows
 */
public record Plan(
    String title,
    String appendix,
    Appendix appendixOf,
    Period period,
    List<String> columns,
    List<String> notes,
    List<Item> items) {
  /**
   * Copies the lists, which cannot be changed afterwards.
   *
   * @param title the plan's title, or null
   * @param appendix the appendix label («приложение 2»), or null
   * @param appendixOf the appendix block read in full, or null
   * @param period the period it covers, or null
   * @param columns the table's column headers as written
   * @param notes the notes under the table
   * @param items the rows
   */
  public Plan {
    columns = List.copyOf(columns);
    notes = List.copyOf(notes);
    items = List.copyOf(items);
  }

  /**
   * A plan without an appendix block.
   *
   * @param title the plan's title
   * @param appendix the appendix label («приложение 2»), or null
   * @param period the period it covers, or null
   * @param columns the table's column headers as written
   * @param notes the notes under the table
   * @param items the rows
   */
  public Plan(String title, String appendix, Period period, List<String> columns, List<String> notes, List<Item> items) {
    this(title, appendix, null, period, columns, notes, items);
  }
}
