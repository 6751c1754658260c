package prikaz.parser.model;

import java.util.List;
import java.util.Objects;

/**
 * One parsed order: where it came from, its header, its plans and what went wrong on the way.
 *
 * @param schema the model's identifier, {@link #SCHEMA}
 * @param source the input it came from
 * @param header the act's heading and body
 * @param plans the plans in its appendices
 * @param warnings what the parser doubted or could not place
 */
public record Order(String schema, Source source, Header header, List<Plan> plans, List<Warning> warnings) {

  /** The schema identifier written into every result; changes only with an incompatible model. */
  public static final String SCHEMA = "prikaz/1";

  /**
   * Checks that the schema, source and header are present; the lists are copied and cannot be changed afterwards.
   *
   * @param schema the model's identifier, {@link #SCHEMA}
   * @param source the input it came from
   * @param header the act's heading and body
   * @param plans the plans in its appendices
   * @param warnings what the parser doubted or could not place
   */
  public Order {
    Objects.requireNonNull(schema, "schema must not be null");
    Objects.requireNonNull(source, "source must not be null");
    Objects.requireNonNull(header, "header must not be null");
    plans = List.copyOf(plans);
    warnings = List.copyOf(warnings);
  }

  /**
   * An order of the current {@link #SCHEMA}.
   *
   * @param source the input it came from
   * @param header the act's heading and body
   * @param plans the plans in its appendices
   * @param warnings what the parser doubted or could not place
   */
  public Order(Source source, Header header, List<Plan> plans, List<Warning> warnings) {
    this(SCHEMA, source, header, plans, warnings);
  }
}
