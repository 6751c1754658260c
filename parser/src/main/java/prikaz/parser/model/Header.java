package prikaz.parser.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The order's own part: who issued it, its type, date, number and place, its title, the acts it is
 * based on, its operative points and who signed it. Any field the document does not give is null.
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

  public Header {
    issuerDetails = List.copyOf(issuerDetails);
    basis = List.copyOf(basis);
    points = List.copyOf(points);
  }
}
