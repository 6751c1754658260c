package prikaz.parser.model;

import java.util.List;

/**
 * One plan table of the order. {@code columns} are the header cells as written; {@code notes} keeps
 * the text found between the previous part of the document and this plan that fits no other field.
 */
public record Plan(
    String title,
    String appendix,
    Period period,
    List<String> columns,
    List<String> notes,
    List<Item> items) {
  public Plan {
    columns = List.copyOf(columns);
    notes = List.copyOf(notes);
    items = List.copyOf(items);
  }
}
