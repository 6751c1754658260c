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
  NUMBER("number", "№", Shape.NUMBER),
  ACTIVITY("activity", "Мероприятие", Shape.TEXT),
  DEADLINE("deadline", "Срок", Shape.DEADLINE),
  RESPONSIBLE("responsible", "Ответственные", Shape.PARTIES),
  PARTICIPANTS("participants", "Участники", Shape.PARTIES),
  RESULT("result", "Результат", Shape.TEXT),
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

  /** The name of the item's field in the JSON model and in English outputs: {@code activity}, … */
  public String key() {
    return key;
  }

  /** The Russian column title: «Мероприятие», «Срок», … */
  public String title() {
    return title;
  }

  public Shape shape() {
    return shape;
  }

  /**
   * The fields an item's row shows and a diff compares, in column order: all but the number
   * (plans are renumbered every year) and the extra columns.
   */
  public static List<Field> content() {
    return CONTENT;
  }

  /** The field named {@code key} ({@code activity}, …), or null. */
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

  /** A value of this field as a reader sees it in one cell: the deadline as written, names joined. */
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
