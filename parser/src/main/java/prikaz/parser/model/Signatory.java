package prikaz.parser.model;

/** Who signed the order: position as written (lines joined) and name («М.В. Семкина»). */
public record Signatory(String position, String name) {}
