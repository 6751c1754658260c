package prikaz.parser.model;

import java.util.Objects;

/**
 * Someone named in a responsible or participants cell, with what kind of party the text shows.
 *
 * @param name the name as written
 * @param type what kind of party it is
 */
public record Party(String name, Type type) {

  /** What the name denotes. */
  public enum Type {
    /** A named person: «Грязнова Г.А.». */
    person,
    /** One body or institution: «МБУО Центр образования», «Отдел образования». */
    organisation,
    /** A post: «Заместитель начальника управления образования». */
    position,
    /** Several people or bodies at once: «руководители ОО», «образовательные организации». */
    group,
    /** The text does not tell. */
    unknown
  }

  /**
   * Checks that the name and the type are present.
   *
   * @param name the name as written
   * @param type what kind of party it is
   */
  public Party {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(type, "type must not be null");
  }
}
