package prikaz.parser.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The order's own part: who issued it, its type, date, number and place, its title, the acts it is
 * based on, its operative points and who signed it. Any field the document does not give is null.
 *
 * @param issuer the body that issued the act, its lines joined, or null
 * @param issuerDetails the issuer's address and phone lines
 * @param docType the act's type: ПРИКАЗ, ПОСТАНОВЛЕНИЕ …, or null
 * @param date the act's date, or null
 * @param number the act's number, or null
 * @param place where it was issued, or null
 * @param title the act's title, or null
 * @param preamble the text before the operative points, or null
 * @param basis the acts it is based on
 * @param points the numbered operative points
 * @param signatory who signed it, or null
 */
public record Header(
    String issuer,
    List<String> issuerDetails,
    String docType,
    LocalDate date,
    String number,
    String place,
    String title,
    String preamble,
    List<Reference> basis,
    List<Point> points,
    Signatory signatory) {

  /**
   * Copies the lists, which cannot be changed afterwards.
   *
   * @param issuer the body that issued the act, its lines joined, or null
   * @param issuerDetails the issuer's address and phone lines
   * @param docType the act's type: ПРИКАЗ, ПОСТАНОВЛЕНИЕ …, or null
   * @param date the act's date, or null
   * @param number the act's number, or null
   * @param place where it was issued, or null
   * @param title the act's title, or null
   * @param preamble the text before the operative points, or null
   * @param basis the acts it is based on
   * @param points the numbered operative points
   * @param signatory who signed it, or null
   */
  public Header {
    issuerDetails = List.copyOf(issuerDetails);
    basis = List.copyOf(basis);
    points = List.copyOf(points);
  }
}
