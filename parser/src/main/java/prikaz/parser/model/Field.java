package prikaz.parser.model;

import java.util.Arrays;
import java.util.List;

/**
 * What a plan column holds and an item keeps: the one list of column roles. The header words that
 * name a field (plan stage), an item's value, the compared fields of a diff and the columns of the
 * table outputs all come from here; a new role is a new constant, and the compiler points at each
 * {@code switch} that must learn it. A column of no role is {@link #EXTRA}: its cells go to the
 * item's {@code extra} under the header's own text.
 */
public enum Field {
  /** The item's number: «1», «2.3». */
  NUMBER("number", "№", Shape.NUMBER),
  /** What is to be done. */
  ACTIVITY("activity", "Мероприятие", Shape.TEXT),
  /** When it is due. */
  DEADLINE("deadline", "Срок", Shape.DEADLINE),
  /** Who answers for it. */
  RESPONSIBLE("responsible", "Ответственные", Shape.PARTIES),
  /** Who takes part. */
  PARTICIPANTS("participants", "Участники", Shape.PARTIES),
  /** What comes out of it: a report, an order, an indicator. */
  RESULT("result", "Результат", Shape.TEXT),
  /** A column of no role, kept under its own header. */
  EXTRA("extra", "Прочее", Shape.EXTRA);

  /** How a field's value is kept and compared. */
  public enum Shape {
    /** The item's number as written. */
    NUMBER,
    /** Free text, compared word by word. */
    TEXT,
    /** A {@link Deadline}, compared by its place in the plan's year. */
    DEADLINE,
    /** A list of {@link Party}, compared by person or body. */
    PARTIES,
    /** Cells under their own headers ({@link Item#extra()}). */
    EXTRA
  }

  private static final List<Field> CONTENT =
      Arrays.stream(values()).filter(f -> f.shape != Shape.NUMBER && f.shape != Shape.EXTRA).toList();

  private final String key;
  private final String title;
  private final Shape shape;

  Field(String key, String title, Shape shape) {
    this.key = key;
    this.title = title;
    this.shape = shape;
  }

  /**
   * The name of the item's field in the JSON model and in English outputs: {@code activity}, …
   *
   * @return the field's key
   */
  public String key() {
    return key;
  }

  /**
   * The Russian column title: «Мероприятие», «Срок», …
   *
   * @return the column title
   */
  public String title() {
    return title;
  }

  /**
   * How this field's value is kept and compared.
   *
   * @return the field's shape
   */
  public Shape shape() {
    return shape;
  }

  /**
   * The fields an item's row shows and a diff compares, in column order: all but the number
   * (plans are renumbered every year) and the extra columns.
   *
   * @return the content fields, in column order
   */
  public static List<Field> content() {
    return CONTENT;
  }

  /**
   * The field named {@code key} ({@code activity}, …), or null.
   *
   * @param key a field's key
   * @return the field, or null when no field has that key
   */
  public static Field ofKey(String key) {
    for (Field field : values()) {
      if (field.key.equals(key)) {
        return field;
      }
    }
    return null;
  }

  /**
   * The item's value of this field: a String (number, text fields), a {@link Deadline} or null, a
   * list of {@link Party}, or the extra columns' map.
   *
   * @param item a plan row
   * @return the item's value of this field
   */
  public Object of(Item item) {
    return switch (this) {
      case NUMBER -> item.number();
      case ACTIVITY -> item.activity();
      case DEADLINE -> item.deadline();
      case RESPONSIBLE -> item.responsible();
      case PARTICIPANTS -> item.participants();
      case RESULT -> item.result();
      case EXTRA -> item.extra();
    };
  }

  /**
   * A value of a field as a reader sees it in one cell: the deadline as written, names joined.
   *
   * @param value a value as {@link #of(Item)} gives it, or null
   * @param join what stands between the names of a list
   * @return the text of the value; empty for null
   */
  public static String text(Object value, String join) {
    if (value == null) {
      return "";
    }
    if (value instanceof Deadline deadline) {
      return deadline.text();
    }
    if (value instanceof List<?> parties) {
      return String.join(join, parties.stream().map(p -> ((Party) p).name()).toList());
    }
    if (value instanceof java.util.Map<?, ?> extra) {
      return String.join(join, extra.values().stream().map(String::valueOf).toList());
    }
    return value.toString();
  }
}
